import { common, SCHEMA_BASE, type LocalizedText } from './common.js';
import { FORM_ID_PATTERN } from './submission.js';

/** The Thai formats a form can name on a field; checked in addition to the schema. */
export type ThaiFormat = 'th-national-id' | 'th-phone' | 'th-postcode' | 'email-or-th-phone';

/** How a field is shown. Left out, it is inferred from the field's schema. */
export type EformWidget =
  'text' | 'textarea' | 'number' | 'date' | 'email' | 'tel' | 'select' | 'radios' | 'checkboxes' | 'checkbox' | 'file';

export interface EformOption {
  /** The value stored in the answers (one of the schema's `enum` values). */
  value: string | number | boolean;
  label: LocalizedText;
  hint?: LocalizedText;
}

export interface EformField {
  /**
   * Where the answer lives in the data: a property name, or a `/`-separated path into
   * nested objects (`address/postcode`). Inside a group, relative to one item.
   */
  name: string;
  label: LocalizedText;
  hint?: LocalizedText;
  widget?: EformWidget;
  /** Choices for select, radios and checkboxes; the schema's `enum` is used when left out. */
  options?: EformOption[];
  /** A Thai format checked on top of the schema; it also sets `inputmode` and `autocomplete`. */
  format?: ThaiFormat;
  /** An HTML `autocomplete` token (`name`, `street-address`, `email`, `tel`, …). */
  autocomplete?: string;
  inputmode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email' | 'url' | 'none';
  /** Visible rows of a textarea. */
  rows?: number;
  /** For `file` fields: the `accept` attribute. Only the name, size and type are kept. */
  accept?: string;
  /** A link shown under the hint, such as a privacy notice (http(s), mailto or tel only). */
  link?: { href: string; label: LocalizedText };
  /** Show the field only while the answers (or the group item) validate against this JSON Schema. */
  visibleWhen?: object;
  /**
   * Messages for this field by keyword (`required`, `minLength`, `format`, …) replacing the
   * general ones, e.g. `{ "required": { "th": "กรอกชื่อและนามสกุล" } }`; `{limit}` quotes the schema.
   */
  messages?: Record<string, LocalizedText>;
}

/** A repeatable group of fields ("Add another"), stored as an array of objects. */
export interface EformGroup {
  name: string;
  widget: 'group';
  label: LocalizedText;
  hint?: LocalizedText;
  /** The heading of one item; `{n}` is replaced by its number. */
  itemLabel?: LocalizedText;
  fields: EformField[];
  visibleWhen?: object;
}

export interface EformPage {
  /** Letters, digits, `-`: names the page in the check-your-answers list. */
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  fields: Array<EformField | EformGroup>;
  visibleWhen?: object;
}

export interface EformDefinition {
  /** Lower-case letters, digits and `-`; part of the submission URL and the draft key. */
  id: string;
  /** Changes whenever the schema or layout changes, so old drafts are not mixed in. */
  version: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** The agency's name, printed at the top of the print view. */
  agency?: LocalizedText;
  /** Where submissions are posted; the element's `endpoint` attribute overrides it. */
  endpoint?: string;
  /** A JSON Schema (2020-12) for the answers. `$dynamicRef` is not supported. */
  schema: Record<string, unknown>;
  pages: EformPage[];
  /** The submit button's text on the check-your-answers page. */
  submitLabel?: LocalizedText;
  /** A declaration shown above the submit button. */
  declaration?: LocalizedText;
  /** Shown on the receipt screen under the receipt number. */
  receiptMessage?: LocalizedText;
  /** `false` for a one-page form sent straight from its page (no check-your-answers page). */
  checkAnswers?: boolean;
}

const localized = common('localizedText');
const conditionSchema = {
  type: 'object',
  description: 'A JSON Schema (2020-12) the answers must satisfy for this to be shown.',
};
const fieldName = { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]{0,63}(/[A-Za-z_][A-Za-z0-9_]{0,63}){0,7}$' };

const fieldSchema = {
  type: 'object',
  required: ['name', 'label'],
  properties: {
    name: fieldName,
    label: localized,
    hint: localized,
    widget: {
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
      ],
    },
    options: {
      type: 'array',
      minItems: 1,
      maxItems: 200,
      items: {
        type: 'object',
        required: ['value', 'label'],
        properties: { value: { type: ['string', 'number', 'boolean'] }, label: localized, hint: localized },
        additionalProperties: false,
      },
    },
    format: { enum: ['th-national-id', 'th-phone', 'th-postcode', 'email-or-th-phone'] },
    autocomplete: { type: 'string', pattern: '^[a-z0-9 -]{1,64}$' },
    inputmode: { enum: ['text', 'numeric', 'decimal', 'tel', 'email', 'url', 'none'] },
    rows: { type: 'integer', minimum: 2, maximum: 30 },
    accept: { type: 'string', maxLength: 200 },
    link: {
      type: 'object',
      required: ['href', 'label'],
      properties: { href: common('url'), label: localized },
      additionalProperties: false,
    },
    visibleWhen: conditionSchema,
    messages: { type: 'object', propertyNames: { pattern: '^[A-Za-z]{1,32}$' }, additionalProperties: localized },
  },
  additionalProperties: false,
};

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
    id: { type: 'string', pattern: FORM_ID_PATTERN },
    version: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$' },
    title: localized,
    description: localized,
    agency: localized,
    endpoint: common('url'),
    schema: {
      description: 'JSON Schema 2020-12 for the answers: an object schema. $dynamicRef is not supported.',
      type: 'object',
      required: ['type', 'properties'],
      properties: { type: { const: 'object' }, properties: { type: 'object' } },
    },
    pages: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        required: ['id', 'title', 'fields'],
        properties: {
          id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$' },
          title: localized,
          description: localized,
          visibleWhen: conditionSchema,
          fields: {
            type: 'array',
            minItems: 1,
            maxItems: 100,
            items: {
              if: { type: 'object', required: ['widget'], properties: { widget: { const: 'group' } } },
              then: {
                type: 'object',
                required: ['name', 'widget', 'label', 'fields'],
                properties: {
                  name: fieldName,
                  widget: { const: 'group' },
                  label: localized,
                  hint: localized,
                  itemLabel: localized,
                  visibleWhen: conditionSchema,
                  fields: { type: 'array', minItems: 1, maxItems: 50, items: fieldSchema },
                },
                additionalProperties: false,
              },
              else: fieldSchema,
            },
          },
        },
        additionalProperties: false,
      },
    },
    submitLabel: localized,
    declaration: localized,
    receiptMessage: localized,
    checkAnswers: { type: 'boolean' },
  },
  additionalProperties: false,
} as const;
