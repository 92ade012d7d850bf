import {
  alertsSchema,
  bannersSchema,
  cioSchema,
  contactSchema,
  documentsSchema,
  eformDefinitionSchema,
  eventsSchema,
  faqSchema,
  linksSchema,
  newsSchema,
  openDataSchema,
  profileSchema,
  profileShapeProblem,
  serviceGuideSchema,
  serviceListSchema,
  sitemapSchema,
  sitemapShapeProblem,
  type ManifestContentType,
} from '@govkit-th/schemas';

/**
 * One content type of the desk. `name` is its public URL (`/content/{name}.json`) and the
 * file the export writes, the same name as the demo agency's data file. A type with a
 * `list` is edited one entry at a time (each news item, event or alert walks the steps on
 * its own and carries its own publication record, and the feeds are made of entries); the
 * other types are one whole document (a contact page, an FAQ whose order matters, a
 * sitemap tree), except e-form definitions, one document per form, keyed by the form's id.
 */
export interface ContentType {
  name: string;
  schema: object;
  manifest: ManifestContentType;
  title: { th: string; en: string };
  /** The array property whose entries are the items. */
  list?: 'items' | 'events' | 'alerts';
  /** Several documents, each keyed by its own `id` (e-form definitions). */
  keyed?: boolean;
  /** Newest first (or soonest first) when the document is put together. */
  order?: (a: Entry, b: Entry) => number;
  /** Rules the schema cannot say (shape limits), as one problem message. */
  shape?: (data: unknown) => string | undefined;
  /**
   * False when the schema has no `publication` (an e-form definition): the record of the
   * steps is then kept by the desk and the audit log only.
   */
  publication?: false;
  /** Urgent items wait for a screener before they are published (clause 4). */
  urgent?: (entry: Entry) => boolean;
}

export type Entry = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const newestFirst = (field: string) => (a: Entry, b: Entry) => text(b[field]).localeCompare(text(a[field]));

export const CONTENT_TYPES: readonly ContentType[] = [
  { name: 'contact', schema: contactSchema, manifest: 'contact', title: { th: 'ติดต่อเรา', en: 'Contact' } },
  {
    name: 'profile',
    schema: profileSchema,
    manifest: 'profile',
    title: { th: 'ข้อมูลหน่วยงาน', en: 'About the agency' },
    shape: (data) => profileShapeProblem(data),
  },
  { name: 'cio', schema: cioSchema, manifest: 'cio', title: { th: 'ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง', en: 'CIO' } },
  { name: 'faq', schema: faqSchema, manifest: 'faq', title: { th: 'คำถามที่พบบ่อย', en: 'FAQ' } },
  {
    name: 'news',
    schema: newsSchema,
    manifest: 'news',
    title: { th: 'ข่าวประชาสัมพันธ์', en: 'News and announcements' },
    list: 'items',
    order: newestFirst('publishedAt'),
    urgent: (entry) => entry.urgent === true,
  },
  { name: 'documents', schema: documentsSchema, manifest: 'documents', title: { th: 'เอกสาร', en: 'Documents' } },
  { name: 'open-data', schema: openDataSchema, manifest: 'openData', title: { th: 'ข้อมูลเปิด', en: 'Open data' } },
  {
    name: 'e-services',
    schema: serviceListSchema,
    manifest: 'services',
    title: { th: 'บริการอิเล็กทรอนิกส์', en: 'E-services' },
  },
  {
    name: 'service-guide',
    schema: serviceGuideSchema,
    manifest: 'serviceGuide',
    title: { th: 'คู่มือสำหรับประชาชน', en: "Citizens' manual" },
  },
  {
    name: 'events',
    schema: eventsSchema,
    manifest: 'calendar',
    title: { th: 'ปฏิทินกิจกรรม', en: 'Activity calendar' },
    list: 'events',
    order: (a, b) => text(a.start).localeCompare(text(b.start)),
  },
  {
    name: 'alerts',
    schema: alertsSchema,
    manifest: 'alerts',
    title: { th: 'ประกาศเร่งด่วน', en: 'Urgent notices' },
    list: 'alerts',
    order: newestFirst('issuedAt'),
    urgent: () => true,
  },
  { name: 'links', schema: linksSchema, manifest: 'links', title: { th: 'ลิงก์', en: 'Links' } },
  { name: 'banners', schema: bannersSchema, manifest: 'banners', title: { th: 'แบนเนอร์', en: 'Banners' } },
  {
    name: 'sitemap',
    schema: sitemapSchema,
    manifest: 'sitemap',
    title: { th: 'แผนผังเว็บไซต์', en: 'Sitemap' },
    shape: (data) => sitemapShapeProblem(data)?.path,
  },
  {
    name: 'eforms',
    schema: eformDefinitionSchema,
    manifest: 'eforms',
    title: { th: 'แบบฟอร์มออนไลน์', en: 'E-forms' },
    keyed: true,
    publication: false,
  },
];

const byName = new Map(CONTENT_TYPES.map((type) => [type.name, type]));

export function contentType(name: string | undefined): ContentType | undefined {
  return name === undefined ? undefined : byName.get(name);
}

/** Item ids: what the schemas allow for entry ids, kept to characters safe in a URL path. */
export const ITEM_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/** The key of a whole-document type's one item. */
export const DOCUMENT_ID = 'document';
