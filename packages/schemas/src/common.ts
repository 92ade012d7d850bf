/** Where the kit's schemas say they live; an identifier for `$ref`, not a download. */
export const SCHEMA_BASE = 'https://govkit-th.github.io/schemas/v1/';

/** Text in data: a plain string, or the same text in Thai and English. */
export type LocalizedText = string | { th?: string; en?: string };

/** The order's clause 3 record of who prepared, approved and published an item. */
export interface PublicationRecord {
  reporter?: string;
  approver?: string;
  publishedAt?: string;
  updatedAt?: string;
  source?: string | { title?: string; url?: string };
  screenedBy?: string;
}

export interface Link {
  title: LocalizedText;
  href: string;
}

/** Pieces every content type shares; other schemas `$ref` them as `common.json#/$defs/…`. */
export const commonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}common.json`,
  title: 'GovKit TH shared definitions',
  $defs: {
    localizedText: {
      description: 'A string, or { "th": "...", "en": "..." } with at least one of the two.',
      anyOf: [
        { type: 'string', minLength: 1 },
        {
          type: 'object',
          properties: { th: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
          additionalProperties: false,
          minProperties: 1,
        },
      ],
    },
    date: { type: 'string', format: 'date' },
    dateOrDateTime: {
      description: 'ISO 8601: a date (2018-05-16) or a date-time (2018-05-16T09:30:00+07:00).',
      anyOf: [
        { type: 'string', format: 'date' },
        { type: 'string', format: 'date-time' },
      ],
    },
    url: { type: 'string', minLength: 1, maxLength: 2048 },
    email: { type: 'string', format: 'email', maxLength: 254 },
    phone: {
      description:
        'A Thai phone number as written: 0 3650 7100, 036-507-100, +66 36 507 100; an extension after "ต่อ" or "ext".',
      type: 'string',
      pattern: '^\\+?[0-9][0-9 ()-]{5,20}((ต่อ|ext\\.?|x) ?[0-9]{1,6})?$',
    },
    link: {
      type: 'object',
      required: ['title', 'href'],
      properties: { title: { $ref: '#/$defs/localizedText' }, href: { $ref: '#/$defs/url' } },
    },
    publication: {
      description: 'Order 1106/2561 clause 3: reporter, approver, dates, source and who screened it.',
      type: 'object',
      properties: {
        reporter: { type: 'string', minLength: 1 },
        approver: { type: 'string', minLength: 1 },
        publishedAt: { $ref: '#/$defs/dateOrDateTime' },
        updatedAt: { $ref: '#/$defs/dateOrDateTime' },
        source: {
          anyOf: [
            { type: 'string', minLength: 1 },
            {
              type: 'object',
              properties: { title: { type: 'string' }, url: { $ref: '#/$defs/url' } },
              minProperties: 1,
            },
          ],
        },
        screenedBy: { type: 'string', minLength: 1 },
      },
      additionalProperties: false,
    },
  },
} as const;

/** A `$ref` into the shared definitions. */
export function common(name: keyof typeof commonSchema.$defs): { $ref: string } {
  return { $ref: `common.json#/$defs/${name}` };
}
