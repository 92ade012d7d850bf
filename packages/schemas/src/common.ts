import type { FromSchema, JSONSchema } from 'json-schema-to-ts';

/**
 * The schemas' compatibility line: the major version, or `0.minor` before 1.0 (where a
 * minor release may break). It changes only with a breaking schema change, so a data
 * file's `"$schema"` keeps working across the releases that only add to a schema.
 * A test checks it against the package's version.
 */
export const SCHEMA_LINE = '0.1';

/**
 * Where the kit's schemas live: each is published as `json/<name>.json` in this package,
 * and this address resolves on the npm CDN once the package is published. `$ref`s
 * between the schemas are relative (`common.json#/$defs/url`), so they resolve here too.
 */
export const SCHEMA_BASE = `https://unpkg.com/@govkit-th/schemas@${SCHEMA_LINE}/json/` as const;

/** Pieces every content type shares; other schemas `$ref` them as `common.json#/$defs/…`. */
export const commonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}common.json`,
  title: 'GovKit TH shared definitions',
  $defs: {
    schemaLink: {
      description:
        'The schema this file follows, so an editor can check and complete it: https://unpkg.com/@govkit-th/schemas@<line>/json/<type>.json.',
      type: 'string',
      minLength: 1,
    },
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
      properties: { title: { $ref: 'common.json#/$defs/localizedText' }, href: { $ref: 'common.json#/$defs/url' } },
    },
    publication: {
      description:
        "Order 1106/2561 clause 3: reporter, approver, uploader (with their positions), dates (the uploader's is updatedAt), source and who screened it (clause 4). The publishing desk writes it; it is never typed.",
      type: 'object',
      properties: {
        reporter: { type: 'string', minLength: 1 },
        approver: { type: 'string', minLength: 1 },
        publishedAt: { $ref: 'common.json#/$defs/dateOrDateTime' },
        updatedAt: { $ref: 'common.json#/$defs/dateOrDateTime' },
        source: {
          anyOf: [
            { type: 'string', minLength: 1 },
            {
              type: 'object',
              properties: { title: { type: 'string' }, url: { $ref: 'common.json#/$defs/url' } },
              minProperties: 1,
            },
          ],
        },
        screenedBy: { type: 'string', minLength: 1 },
        uploader: {
          description:
            "Who uploaded (published) it: the order's third person (ผู้อัปโหลด), after the reporter and the approver.",
          type: 'string',
          minLength: 1,
        },
        reporterPosition: { description: "The reporter's position (ตำแหน่ง).", type: 'string', minLength: 1 },
        approverPosition: { type: 'string', minLength: 1 },
        uploaderPosition: { type: 'string', minLength: 1 },
        screenerPosition: { type: 'string', minLength: 1 },
        reportedAt: { $ref: 'common.json#/$defs/dateOrDateTime' },
        approvedAt: { $ref: 'common.json#/$defs/dateOrDateTime' },
        screenedAt: { $ref: 'common.json#/$defs/dateOrDateTime' },
        imported: {
          description: 'True when the item was loaded from an existing data file, not walked through the steps here.',
          type: 'boolean',
        },
      },
      additionalProperties: false,
    },
  },
} as const;

/**
 * A picture's width or height in pixels (a news picture, the profile's chart and its
 * executives' photos). One definition, written into each schema that uses it rather than
 * `$ref`'d from common.json: every element's lazy check carries common.json, and only two
 * schemas need this. With both sizes the page keeps the picture's room before it loads (no
 * layout shift). No description: the editor's label says "(พิกเซล)" / "(pixels)", and the
 * text cost ~45 bytes up front in govkit.js.
 */
export const pixels = {
  type: 'integer',
  minimum: 1,
  maximum: 20000,
} as const;

/** A `$ref` into the shared definitions. */
export function common<Name extends keyof typeof commonSchema.$defs>(
  name: Name,
): { $ref: `common.json#/$defs/${Name}` } {
  return { $ref: `common.json#/$defs/${name}` };
}

/**
 * The file a kit schema is published as (`faq.json` for `faqSchema`), read from its `$id`;
 * `undefined` for anything else. The build writes each one to `json/`.
 */
export function schemaFileName(value: unknown): string | undefined {
  const id = (value as { $id?: unknown } | null)?.$id;
  return typeof id === 'string' && id.startsWith(SCHEMA_BASE) ? id.slice(SCHEMA_BASE.length) : undefined;
}

/** The TypeScript type a kit schema describes, with its `$ref`s into `common.json` resolved. */
export type FromKitSchema<Schema extends JSONSchema> = FromSchema<Schema, { references: [typeof commonSchema] }>;

/**
 * A schema with one property taken out, for a type that says that property by hand
 * (FromSchema cannot follow a schema that refers to itself, and makes `if`/`then`/`else` unreadable).
 */
export type WithoutProperty<
  Schema extends { properties: object; required: readonly string[] },
  Name extends string,
> = Omit<Schema, 'properties' | 'required'> & {
  properties: Omit<Schema['properties'], Name>;
  required: readonly Exclude<Schema['required'][number], Name>[];
};

type CommonType<Name extends keyof typeof commonSchema.$defs> = FromKitSchema<{
  $id: typeof commonSchema.$id;
  $ref: `common.json#/$defs/${Name}`;
}>;

/** Text in data: a plain string, or the same text in Thai and English. */
export type LocalizedText = CommonType<'localizedText'>;
/** The order's clause 3 record of who prepared, approved and published an item. */
export type PublicationRecord = CommonType<'publication'>;
export type Link = CommonType<'link'>;
