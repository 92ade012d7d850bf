import type { LocalizedText, ManifestContentType } from '@govkit-th/schemas';

/** How the kit shows one content type: the element, and the page `govkit init` writes for it. */
export interface ContentView {
  tag: string;
  /** The data file `govkit init` writes, under `data/`. */
  file: string;
  /** The page `govkit init` writes (`index.html` for what belongs on the home page). */
  page: string;
  title: { th: string; en: string };
  /** Extra attributes the element gets on that page. */
  attributes?: Record<string, string>;
}

/** One element per content type, in the order of the order's clauses. */
export const CONTENT_VIEWS: Record<ManifestContentType, ContentView> = {
  contact: {
    tag: 'gov-contact-block',
    file: 'contact.json',
    page: 'contact.html',
    title: { th: 'ติดต่อเรา', en: 'Contact us' },
  },
  profile: {
    tag: 'gov-agency-profile',
    file: 'profile.json',
    page: 'about.html',
    title: { th: 'เกี่ยวกับหน่วยงาน', en: 'About us' },
  },
  cio: {
    tag: 'gov-cio-card',
    file: 'cio.json',
    page: 'cio.html',
    title: { th: 'ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง', en: 'Chief Information Officer' },
  },
  documents: {
    tag: 'gov-document-list',
    file: 'documents.json',
    page: 'documents.html',
    title: { th: 'กฎหมาย ความรู้ และข้อมูลข่าวสาร', en: 'Laws, knowledge and official information' },
    attributes: { 'group-by': 'kind' },
  },
  faq: {
    tag: 'gov-faq',
    file: 'faq.json',
    page: 'faq.html',
    title: { th: 'คำถามที่พบบ่อย', en: 'Frequently asked questions' },
  },
  links: { tag: 'gov-link-list', file: 'links.json', page: 'links.html', title: { th: 'ลิงก์หน่วยงาน', en: 'Links' } },
  banners: {
    tag: 'gov-banner-strip',
    file: 'banners.json',
    page: 'index.html',
    title: { th: 'ลิงก์สำคัญ', en: 'Key links' },
  },
  sitemap: {
    tag: 'gov-sitemap',
    file: 'sitemap.json',
    page: 'sitemap.html',
    title: { th: 'แผนผังเว็บไซต์', en: 'Site map' },
  },
  openData: {
    tag: 'gov-open-data',
    file: 'open-data.json',
    page: 'open-data.html',
    title: { th: 'ข้อมูลเปิด', en: 'Open data' },
  },
  serviceGuide: {
    tag: 'gov-service-guide',
    file: 'service-guide.json',
    page: 'service-guide.html',
    title: { th: 'คู่มือสำหรับประชาชน', en: 'Citizens’ manual' },
  },
  services: {
    tag: 'gov-service-list',
    file: 'e-services.json',
    page: 'e-services.html',
    title: { th: 'บริการออนไลน์', en: 'Online services' },
  },
  eforms: { tag: 'gov-eform', file: 'form.json', page: 'form.html', title: { th: 'แบบฟอร์มออนไลน์', en: 'Online form' } },
  news: { tag: 'gov-news-list', file: 'news.json', page: 'news.html', title: { th: 'ข่าวประชาสัมพันธ์', en: 'News' } },
  calendar: {
    tag: 'gov-event-calendar',
    file: 'events.json',
    page: 'calendar.html',
    title: { th: 'ปฏิทินกิจกรรม', en: 'Activity calendar' },
  },
  questions: {
    tag: 'gov-qa-board',
    file: 'questions.json',
    page: 'questions.html',
    title: { th: 'ถาม-ตอบ', en: 'Questions and answers' },
  },
  alerts: {
    tag: 'gov-alert',
    file: 'alerts.json',
    page: 'index.html',
    title: { th: 'ประกาศด่วน', en: 'Urgent notices' },
  },
  opinion: {
    tag: 'gov-opinion-box',
    file: 'opinion.json',
    page: 'opinion.html',
    title: { th: 'แสดงความคิดเห็น', en: 'Have your say' },
  },
};

/** The content type an element shows, from its tag. */
export const TYPE_OF_TAG: ReadonlyMap<string, ManifestContentType> = new Map(
  (Object.entries(CONTENT_VIEWS) as Array<[ManifestContentType, ContentView]>).map(([type, view]) => [view.tag, type]),
);

/** Thai, else English, else the plain string. */
export function textOf(value: LocalizedText | undefined, lang: 'th' | 'en'): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value[lang] ?? value.th ?? value.en ?? '';
}
