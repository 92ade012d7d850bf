import { common, SCHEMA_BASE, type FromKitSchema } from './common.js';
import { DOCUMENT_KINDS, KNOWLEDGE_KINDS, LAW_KINDS, OIA_ITEMS } from './document-kinds.js';

const ORDER = { th: 'คำสั่งจังหวัดสิงห์บุรีที่ 1106/2561', en: 'order 1106/2561' };

const source = {
  description:
    'Where the document comes from, as a reader can find it: "ราชกิจจานุเบกษา เล่ม 135 ตอนที่ 45 ก หน้า 1", or { "title": …, "url": … }.',
  anyOf: [
    { type: 'string', minLength: 1, maxLength: 500 },
    {
      type: 'object',
      required: ['title'],
      properties: { title: common('localizedText'), url: common('url') },
      additionalProperties: false,
    },
  ],
} as const;

const file = {
  type: 'object',
  required: ['url'],
  properties: {
    title: { ...common('localizedText'), description: "The file's name; the document's title when left out." },
    url: common('url'),
    type: {
      description: 'A MIME type (`application/pdf`) or an extension (`pdf`); read from the URL when left out.',
      type: 'string',
      minLength: 1,
      maxLength: 255,
    },
    size: { description: 'Size in bytes.', type: 'integer', minimum: 0 },
  },
  additionalProperties: false,
} as const;

const oia = {
  description:
    'Official Information Act B.E. 2540: section 7 (published in the Royal Gazette, items 1–5) or section 9 (open for inspection, items 1–8). Order clause 1.2(1) writes "มาตรา ๘" for the list that is section 9 in the Act.',
  type: 'object',
  required: ['section', 'item'],
  properties: {
    section: { enum: [7, 9] },
    item: { type: 'integer', minimum: 1, maximum: 8 },
  },
  additionalProperties: false,
} as const;

/** One document, without the per-kind rules (the type is derived from this). */
const documentShape = {
  type: 'object',
  required: ['id', 'kind', 'title'],
  properties: {
    id: {
      description: 'Letters, digits, `-` and `_`: it becomes the `#document-id` deep link.',
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$',
    },
    kind: { description: 'What the document is; see the README for each kind.', enum: DOCUMENT_KINDS },
    title: common('localizedText'),
    number: {
      ...common('localizedText'),
      description: 'Its number as written: "ที่ 1106/2561", "สขร.1 ตุลาคม 2568".',
    },
    date: {
      ...common('dateOrDateTime'),
      description:
        'When it was issued, signed or written (for knowledge and statistics: the date and time of the work).',
    },
    fiscalYear: {
      description:
        'The Thai fiscal year (Buddhist era) it belongs to, when not the one its date falls in: a plan for FY 2569 issued in September 2568.',
      type: 'integer',
      minimum: 2400,
      maximum: 2800,
    },
    source,
    summary: { ...common('localizedText'), description: 'Plain text.' },
    url: {
      ...common('url'),
      description: "The document's own page; relative URLs resolve against the data file's URL.",
    },
    oia,
    ita: {
      description: 'The ITA OIT items this document serves ("O12"), so an ITA index can find it.',
      type: 'array',
      maxItems: 30,
      uniqueItems: true,
      items: { type: 'string', pattern: '^O[0-9]{1,2}$' },
    },
    files: { type: 'array', maxItems: 50, items: file },
    publication: common('publication'),
  },
  additionalProperties: false,
} as const;

/** `property` is required, and its absence is told in the order's words (`x-messages`, read by the schemas engine). */
function requiredBy<Property extends string>(th: string, en: string, property: Property) {
  return { required: [property], 'x-messages': { required: { [property]: { th, en } } } } as const;
}

const kindRules = [
  {
    if: { required: ['kind'], properties: { kind: { enum: LAW_KINDS } } },
    then: requiredBy(
      `ต้องระบุแหล่งที่มาของกฎหมาย ระเบียบ หรือประกาศนี้ เช่น ราชกิจจานุเบกษา เล่ม ตอน หน้า (${ORDER.th} ข้อ 1.1(2))`,
      `The source is required for a law, rule or announcement, e.g. the Royal Gazette volume and section (${ORDER.en}, clause 1.1(2))`,
      'source',
    ),
  },
  {
    if: { required: ['kind'], properties: { kind: { enum: KNOWLEDGE_KINDS } } },
    then: {
      allOf: [
        requiredBy(
          `ต้องอ้างอิงแหล่งที่มาของผลงาน บทความ หรือสถิตินี้ เพื่อให้ผู้อื่นนำไปใช้ต่อได้ (${ORDER.th} ข้อ 1.1(4))`,
          `The source is required for knowledge and statistics, so others may reuse them (${ORDER.en}, clause 1.1(4))`,
          'source',
        ),
        requiredBy(
          `ต้องระบุวันที่และเวลาของผลงาน บทความ หรือสถิตินี้ เพื่อให้ผู้อื่นนำไปใช้ต่อได้ (${ORDER.th} ข้อ 1.1(4))`,
          `The date and time are required for knowledge and statistics, so others may reuse them (${ORDER.en}, clause 1.1(4))`,
          'date',
        ),
      ],
    },
  },
  {
    if: { required: ['kind'], properties: { kind: { const: 'official-information' } } },
    then: requiredBy(
      `ต้องระบุมาตราและอนุมาตราตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 (มาตรา 7 (1)–(5) หรือมาตรา 9 (1)–(8)) (${ORDER.th} ข้อ 1.2(1))`,
      `Official information needs its section and item under the Official Information Act B.E. 2540: section 7 (1)–(5) or section 9 (1)–(8) (${ORDER.en}, clause 1.2(1))`,
      'oia',
    ),
  },
  {
    if: { required: ['oia'], properties: { oia: { required: ['section'], properties: { section: { const: 7 } } } } },
    then: {
      properties: {
        oia: {
          properties: {
            item: {
              maximum: OIA_ITEMS[7],
              'x-messages': {
                maximum: {
                  th: `มาตรา 7 ของพระราชบัญญัติข้อมูลข่าวสารของราชการมีอนุมาตรา (1)–(5) เท่านั้น (${ORDER.th} ข้อ 1.2(1))`,
                  en: `Section 7 of the Official Information Act has items (1)–(5) only (${ORDER.en}, clause 1.2(1))`,
                },
              },
            },
          },
        },
      },
    },
  },
] as const;

/**
 * Lists of documents the order and the ITA ask for: laws and rules with their source
 * (order 1.1(2)), the knowledge base with source and date (1.1(4)), official information
 * under the OIA s.7/s.9 (1.2(1)), procurement plans and summaries, reports.
 */
export const documentsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}documents.json`,
  title: 'Document list (laws, knowledge base, official information, procurement, reports)',
  type: 'object',
  required: ['items'],
  properties: {
    $schema: common('schemaLink'),
    title: common('localizedText'),
    items: { type: 'array', maxItems: 5000, items: { ...documentShape, allOf: kindRules } },
    publication: common('publication'),
  },
  additionalProperties: false,
} as const;

/** The schema without the per-kind rules, which FromSchema cannot read. */
type DocumentsShape = Omit<typeof documentsSchema, 'properties'> & {
  readonly properties: Omit<typeof documentsSchema.properties, 'items'> & {
    readonly items: { readonly type: 'array'; readonly items: typeof documentShape };
  };
};

export type DocumentsData = FromKitSchema<DocumentsShape>;
export type DocumentItem = DocumentsData['items'][number];
export type DocumentFile = NonNullable<DocumentItem['files']>[number];
export type OiaReference = NonNullable<DocumentItem['oia']>;
