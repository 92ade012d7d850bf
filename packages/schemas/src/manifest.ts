import { common, SCHEMA_BASE, type FromKitSchema, type LocalizedText } from './common.js';

/**
 * The content types an agency can publish with the kit, as they are named in its manifest.
 * Each names the schema its data file follows (`faq` → `faq.json`), so a tool holding a
 * manifest knows how to check every file it points to.
 */
export const MANIFEST_CONTENT = {
  contact: 'contact.json',
  profile: 'profile.json',
  cio: 'cio.json',
  faq: 'faq.json',
  news: 'news.json',
  documents: 'documents.json',
  openData: 'open-data.json',
  services: 'service-list.json',
  serviceGuide: 'service-guide.json',
  calendar: 'events.json',
  questions: 'qa-board.json',
  alerts: 'alerts.json',
  links: 'links.json',
  banners: 'banners.json',
  sitemap: 'sitemap.json',
  eforms: 'eform.json',
  opinion: 'opinion-box.json',
} as const;

export type ManifestContentType = keyof typeof MANIFEST_CONTENT;

/** What kind of agency it is, as a province groups them (the directory filters by it). */
export const AGENCY_KINDS = [
  'province', // ศาลากลางจังหวัด / สำนักงานจังหวัด
  'provincial', // ส่วนราชการส่วนภูมิภาค (สำนักงาน…จังหวัด)
  'district', // ที่ว่าการอำเภอ
  'central', // หน่วยงานส่วนกลางที่ตั้งอยู่ในจังหวัด
  'local', // องค์กรปกครองส่วนท้องถิ่น (อบจ. เทศบาล อบต.)
  'state-enterprise', // รัฐวิสาหกิจ
  'other',
] as const;

/** Where one content document is: its data file, the page that shows it, and a feed for news. */
const contentEntry = {
  type: 'object',
  required: ['data'],
  properties: {
    data: { ...common('url'), description: 'The JSON data file; relative URLs resolve against the manifest.' },
    page: { ...common('url'), description: 'The page of the site that shows it.' },
    feed: { ...common('url'), description: 'An RSS 2.0 or Atom feed of the same content (news).' },
    title: common('localizedText'),
  },
  additionalProperties: false,
} as const;

/** One entry, or several (an agency may keep laws, procurement and official information apart). */
const contentEntries = {
  anyOf: [contentEntry, { type: 'array', minItems: 1, maxItems: 50, items: contentEntry }],
} as const;

const contentProperties = Object.fromEntries(Object.keys(MANIFEST_CONTENT).map((name) => [name, contentEntries])) as {
  [Name in ManifestContentType]: typeof contentEntries;
};

/**
 * Order 1106/2561 clauses 2.1–2.2: the province publishes every agency's clause-1
 * information and each agency links back. An agency's `govkit.json` says who it is and where
 * each of its content documents is, so the province hub, the ITA index and `govkit audit`
 * can find them without crawling. The publishing desk serves it at `/content/govkit.json`;
 * a static site writes it by hand or with `govkit init`.
 */
export const manifestSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}manifest.json`,
  title: 'Agency manifest (govkit.json)',
  type: 'object',
  required: ['agency', 'content'],
  properties: {
    $schema: common('schemaLink'),
    agency: {
      type: 'object',
      required: ['name', 'province', 'website'],
      properties: {
        name: { ...common('localizedText'), description: 'The full name in Thai and English.' },
        shortName: common('localizedText'),
        code: {
          description: 'The agency code (รหัสหน่วยงาน) as the province or the Comptroller General lists it.',
          type: 'string',
          pattern: '^[0-9A-Za-z-]{1,20}$',
        },
        kind: { type: 'string', enum: AGENCY_KINDS },
        province: { ...common('localizedText'), description: 'The province, e.g. สิงห์บุรี.' },
        district: { ...common('localizedText'), description: 'The district (อำเภอ) it is in, for filtering.' },
        ministry: common('localizedText'),
        department: common('localizedText'),
        website: { ...common('url'), description: "The agency's home page." },
        provinceSite: { ...common('url'), description: 'The province site it links back to (clause 2.2).' },
        logo: common('url'),
      },
      additionalProperties: false,
    },
    content: {
      description: 'Where each content document is. Types the agency does not publish are left out.',
      type: 'object',
      properties: contentProperties,
      additionalProperties: false,
    },
    pages: {
      description: "The site's pages, for tools that check it (the ITA index, govkit audit).",
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        required: ['url'],
        properties: {
          url: common('url'),
          title: common('localizedText'),
          ita: {
            description: 'The ITA OIT items this page serves ("O1"), when it is not found from its content.',
            type: 'array',
            maxItems: 50,
            uniqueItems: true,
            items: { type: 'string', pattern: '^O[0-9]{1,2}$' },
          },
        },
        additionalProperties: false,
      },
    },
    updatedAt: common('dateOrDateTime'),
  },
  additionalProperties: false,
} as const;

export type ManifestData = FromKitSchema<typeof manifestSchema>;
export type ManifestAgency = ManifestData['agency'];
/**
 * One entry of `content`, said by hand: the fragment has no `$id`, so FromSchema cannot resolve
 * its `common.json` references and gave `never`. `types.check.ts` keeps it equal to the schema.
 */
export interface ManifestContentEntry {
  data: string;
  page?: string;
  feed?: string;
  title?: LocalizedText;
}
