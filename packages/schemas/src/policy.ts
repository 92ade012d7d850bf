import { common, SCHEMA_BASE, type FromKitSchema } from './common.js';

/** The policies every Thai agency website publishes (the standard's part "การประกาศนโยบาย"). */
export const POLICY_KINDS = [
  'website-policy',
  'privacy-notice',
  'cookie-policy',
  'security-policy',
  'disclaimer',
  'accessibility',
  'terms',
  'other',
] as const;

/**
 * A policy page (gov-policy): a title, sections of paragraphs and lists, the date, and
 * `template: true` while the text is the kit's template that still needs the agency's legal
 * review. `{agency}`-style placeholders in any text are filled from `values`.
 */
export const policySchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}policy.json`,
  title: 'Policy page',
  type: 'object',
  required: ['title', 'sections'],
  properties: {
    $schema: common('schemaLink'),
    kind: { enum: POLICY_KINDS },
    title: common('localizedText'),
    template: {
      description: 'True while this is the kit template: the page says it needs the agency’s legal review.',
      type: 'boolean',
    },
    updatedAt: common('dateOrDateTime'),
    values: {
      description: 'Fills `{name}` in any text: `{agency}`, `{email}`, `{phone}`, `{address}`, `{dpo}`, `{website}` …',
      type: 'object',
      maxProperties: 40,
      patternProperties: { '^[a-z][a-z0-9-]{0,31}$': common('localizedText') },
      additionalProperties: false,
    },
    summary: { ...common('localizedText'), description: 'One or two sentences shown under the title.' },
    sections: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        required: ['heading', 'body'],
        properties: {
          id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$' },
          heading: common('localizedText'),
          body: {
            description: 'Paragraphs (plain text) and bulleted lists (`{ "list": [...] }`), in order.',
            type: 'array',
            minItems: 1,
            maxItems: 100,
            items: {
              anyOf: [
                common('localizedText'),
                {
                  type: 'object',
                  required: ['list'],
                  properties: { list: { type: 'array', minItems: 1, maxItems: 100, items: common('localizedText') } },
                  additionalProperties: false,
                },
              ],
            },
          },
        },
        additionalProperties: false,
      },
    },
    publication: common('publication'),
  },
  additionalProperties: false,
} as const;

export type PolicyData = FromKitSchema<typeof policySchema>;
export type PolicySection = PolicyData['sections'][number];
export type PolicyBlock = PolicySection['body'][number];
export type PolicyKind = (typeof POLICY_KINDS)[number];
