import { common, SCHEMA_BASE, type FromKitSchema, type WithoutProperty } from './common.js';
import { FORM_ID_PATTERN } from './submission.js';

const localized = common('localizedText');
const conditionSchema = {
  type: 'object',
  description: 'Show this only while the answers (or the group item) validate against this JSON Schema (2020-12).',
} as const;
const fieldName = {
  description:
    'Where the answer lives in the data: a property name, or a `/`-separated path into nested objects (`address/postcode`). Inside a group, relative to one item.',
  type: 'string',
  pattern: '^[A-Za-z_][A-Za-z0-9_]{0,63}(/[A-Za-z_][A-Za-z0-9_]{0,63}){0,7}$',
} as const;

const fieldSchema = {
  type: 'object',
  required: ['name', 'label'],
  properties: {
    name: fieldName,
    label: localized,
    hint: localized,
    widget: {
      description: "How the field is shown. Left out, it is inferred from the field's schema.",
      enum: [
        'text',
        'textarea',
        'number',
        'date',
        'email',
        'tel',
        'select',
        'radios',
        'checkboxes',
        'checkbox',
        'file',
        'url',
        'richtext',
      ],
    },
    options: {
      description: "Choices for select, radios and checkboxes; the schema's `enum` is used when left out.",
      type: 'array',
      minItems: 1,
      maxItems: 200,
      items: {
        type: 'object',
        required: ['value', 'label'],
        properties: {
          value: {
            description: "The value stored in the answers (one of the schema's `enum` values).",
            type: ['string', 'number', 'boolean'],
          },
          label: localized,
          hint: localized,
        },
        additionalProperties: false,
      },
    },
    format: {
      description: 'A Thai format checked on top of the schema; it also sets `inputmode` and `autocomplete`.',
      enum: ['th-national-id', 'th-phone', 'th-postcode', 'email-or-th-phone'],
    },
    autocomplete: {
      description: 'An HTML `autocomplete` token (`name`, `street-address`, `email`, `tel`, …).',
      type: 'string',
      pattern: '^[a-z0-9 -]{1,64}$',
    },
    inputmode: { enum: ['text', 'numeric', 'decimal', 'tel', 'email', 'url', 'none'] },
    rows: { description: 'Visible rows of a textarea.', type: 'integer', minimum: 2, maximum: 30 },
    accept: {
      description: 'For `file` fields: the `accept` attribute. Only the name, size and type are kept.',
      type: 'string',
      maxLength: 200,
    },
    link: {
      description: 'A link shown under the hint, such as a privacy notice (http(s), mailto or tel only).',
      type: 'object',
      required: ['href', 'label'],
      properties: { href: common('url'), label: localized },
      additionalProperties: false,
    },
    visibleWhen: conditionSchema,
    messages: {
      description:
        'Messages for this field by keyword (`required`, `minLength`, `format`, …) replacing the general ones, e.g. `{ "required": { "th": "กรอกชื่อและนามสกุล" } }`; `{limit}` quotes the schema.',
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z]{1,32}$' },
      additionalProperties: localized,
    },
  },
  additionalProperties: false,
} as const;

/** A group's fields: fields, or groups nested in it (an array of objects inside an item), told apart by `widget: "group"`. */
const groupFieldsSchema = {
  type: 'array',
  minItems: 1,
  maxItems: 50,
  items: {
    if: { type: 'object', required: ['widget'], properties: { widget: { const: 'group' } } },
    then: { $ref: '#/$defs/group' },
    else: fieldSchema,
  },
} as const;

const groupSchema = {
  description:
    'A repeatable group of fields ("Add another"), stored as an array of objects; its fields may be groups again (at most 4 levels).',
  type: 'object',
  required: ['name', 'widget', 'label', 'fields'],
  properties: {
    name: fieldName,
    widget: { const: 'group' },
    label: localized,
    hint: localized,
    itemLabel: { ...localized, description: 'The heading of one item; `{n}` is replaced by its number.' },
    visibleWhen: conditionSchema,
    fields: groupFieldsSchema,
  },
  additionalProperties: false,
} as const;

const pageSchema = {
  type: 'object',
  required: ['id', 'title', 'fields'],
  properties: {
    id: {
      description: 'Letters, digits, `-`: names the page in the check-your-answers list.',
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$',
    },
    title: localized,
    description: localized,
    visibleWhen: conditionSchema,
    fields: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: {
        if: { type: 'object', required: ['widget'], properties: { widget: { const: 'group' } } },
        then: { $ref: '#/$defs/group' },
        else: fieldSchema,
      },
    },
  },
  additionalProperties: false,
} as const;

/**
 * Order 1.3(3): an online form filled in on the web page, printed or saved by the person.
 * A definition is a JSON Schema for the answers plus a layout of pages and fields.
 */
export const eformDefinitionSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}eform.json`,
  title: 'E-form definition',
  type: 'object',
  required: ['id', 'version', 'title', 'schema', 'pages'],
  properties: {
    $schema: common('schemaLink'),
    id: {
      description: 'Lower-case letters, digits and `-`; part of the submission URL and the draft key.',
      type: 'string',
      pattern: FORM_ID_PATTERN,
    },
    version: {
      description: 'Changes whenever the schema or layout changes, so old drafts are not mixed in.',
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$',
    },
    title: localized,
    description: localized,
    agency: { ...localized, description: "The agency's name, printed at the top of the print view." },
    endpoint: {
      ...common('url'),
      description: "Where submissions are posted; the element's `endpoint` attribute overrides it.",
    },
    schema: {
      description: 'JSON Schema 2020-12 for the answers: an object schema. $dynamicRef is not supported.',
      type: 'object',
      required: ['type', 'properties'],
      properties: { type: { const: 'object' }, properties: { type: 'object' } },
    },
    pages: { type: 'array', maxItems: 50, items: pageSchema },
    submitLabel: { ...localized, description: "The submit button's text on the check-your-answers page." },
    declaration: { ...localized, description: 'A declaration shown above the submit button.' },
    receiptMessage: { ...localized, description: 'Shown on the receipt screen under the receipt number.' },
    privacyNotice: {
      ...localized,
      description:
        'The privacy notice (PDPA section 23): shown with the form; the inbox sends it back with the receipt.',
    },
    contactPhone: {
      description:
        "The agency's phone number, given to the person when their browser cannot reach the inbox (for example the site's CSP or the inbox's allowed origins are wrong).",
      type: 'string',
      minLength: 1,
      maxLength: 40,
    },
    retentionDays: {
      description:
        'Days the inbox keeps a submission before its retention sweep erases the personal data (PDPA); left out, until erased by hand.',
      type: 'integer',
      minimum: 1,
      maximum: 36500,
    },
    checkAnswers: {
      description: '`false` for a one-page form sent straight from its page (no check-your-answers page).',
      type: 'boolean',
    },
  },
  additionalProperties: false,
  $defs: { group: groupSchema },
} as const;

/** A part of the definition schema as a type (not exported by the package); its `$ref`s resolve against the definition's `$id`. */
export type Part<Schema extends object> = FromKitSchema<Schema & { $id: typeof eformDefinitionSchema.$id }>;

export type EformField = Part<typeof fieldSchema>;
/** A group; its `fields` (fields or nested groups) are said by hand, as FromSchema cannot follow the recursion. */
export type EformGroup = Part<WithoutProperty<typeof groupSchema, 'fields'>> & {
  fields: Array<EformField | EformGroup>;
};
export type EformOption = NonNullable<EformField['options']>[number];
export type EformWidget = NonNullable<EformField['widget']>;
/** The Thai formats a form can name on a field; checked in addition to the schema. */
export type ThaiFormat = NonNullable<EformField['format']>;
/**
 * A page. Its `fields` are fields or groups, told apart by `widget: "group"`: an
 * `if`/`then`/`else` the types take by hand (FromSchema would make it unreadable).
 */
export type EformPage = Part<WithoutProperty<typeof pageSchema, 'fields'>> & {
  fields: Array<EformField | EformGroup>;
};
export type EformDefinition = Part<WithoutProperty<Omit<typeof eformDefinitionSchema, '$defs'>, 'pages'>> & {
  pages: EformPage[];
};
