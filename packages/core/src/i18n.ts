import type { Lang } from './lang.js';

/** A catalogue: key → message. `{name}` marks a parameter; `key.one`/`key.other` are plural forms. */
export type Strings = Record<string, string>;
export type Catalogues = Record<Lang, Strings>;
/** Message parameters; numbers are shown in the page's numerals, and `count` picks the plural form. */
export type Params = Record<string, string | number>;

const th = {
  loading: 'กำลังโหลดข้อมูล…',
  empty: 'ยังไม่มีข้อมูล',
  retry: 'ลองอีกครั้ง',
  'error-title': 'ไม่สามารถแสดงข้อมูลได้',
  'error-network': 'เชื่อมต่อเพื่อโหลดข้อมูลไม่สำเร็จ กรุณาตรวจสอบการเชื่อมต่ออินเทอร์เน็ตแล้วลองอีกครั้ง',
  'error-timeout': 'การโหลดข้อมูลใช้เวลานานเกินไป กรุณาลองอีกครั้ง',
  'error-http': 'เซิร์ฟเวอร์ตอบกลับด้วยรหัส {status} จึงโหลดข้อมูลไม่ได้',
  'error-parse': 'ไฟล์ข้อมูลมีรูปแบบไม่ถูกต้อง จึงอ่านไม่ได้',
  'error-invalid': 'ข้อมูลไม่เป็นไปตามรูปแบบที่กำหนด',
  'error-too-large': 'ไฟล์ข้อมูลมีขนาดใหญ่เกินกว่าที่จะแสดงได้',
  'error-xml-malformed': 'ไฟล์ XML มีโครงสร้างไม่ถูกต้อง จึงอ่านไม่ได้',
  'error-xml-unsafe': 'ไฟล์ XML ประกาศ entity ซึ่งไม่อนุญาตเพื่อความปลอดภัย',
  'error-details': 'รายละเอียดสำหรับผู้ดูแลเว็บไซต์',
  'error-fallback': 'ข้อมูลสำรองที่หน้าเว็บนี้มีให้:',
  'updated-at': 'ปรับปรุงล่าสุด',
  'published-at': 'เผยแพร่เมื่อ',
  'publication-reporter': 'ผู้รับผิดชอบข้อมูล',
  'publication-approver': 'ผู้อนุมัติการเผยแพร่',
  'publication-source': 'แหล่งที่มา',
  'publication-screened-by': 'ผู้ตรวจสอบก่อนเผยแพร่',
  'publication-uploader': 'ผู้นำข้อมูลขึ้นเผยแพร่',
  'publication-at': 'เมื่อ',
};

const en = {
  loading: 'Loading…',
  empty: 'Nothing has been published here yet.',
  retry: 'Try again',
  'error-title': 'This information cannot be shown',
  'error-network': 'The information could not be loaded. Check your internet connection and try again.',
  'error-timeout': 'Loading took too long. Please try again.',
  'error-http': 'The server answered with status {status}, so the information could not be loaded.',
  'error-parse': 'The data file is malformed and cannot be read.',
  'error-invalid': 'The data does not follow the required format.',
  'error-too-large': 'The data file is too large to show.',
  'error-xml-malformed': 'The XML file is not well formed and cannot be read.',
  'error-xml-unsafe': 'The XML file declares entities, which are refused for safety.',
  'error-details': 'Details for the site webmaster',
  'error-fallback': 'Fallback information provided by this page:',
  'updated-at': 'Last updated',
  'published-at': 'Published',
  'publication-reporter': 'Responsible for the information',
  'publication-approver': 'Approved for publication by',
  'publication-source': 'Source',
  'publication-screened-by': 'Checked before publication by',
  'publication-uploader': 'Uploaded by',
  'publication-at': 'on',
} satisfies Record<keyof typeof th, string>;

/** A key of the core catalogue. */
export type CoreKey = keyof typeof th;

/** Strings every element uses. Element strings live on the element class. */
export const coreStrings: Record<Lang, Record<CoreKey, string>> = { th, en };

const pageOverrides: Catalogues = { th: {}, en: {} };
export const STRINGS_CHANGED = 'govkit-strings-changed';

/**
 * Page-level overrides of any message, e.g.
 * `setStrings('th', { 'retry': 'โหลดใหม่', 'gov-faq.search-label': 'ค้นหาคำถาม' })`.
 * Keys without a tag prefix apply to every element.
 */
export function setStrings(lang: Lang, strings: Strings): void {
  Object.assign(pageOverrides[lang], strings);
  document.dispatchEvent(new CustomEvent(STRINGS_CHANGED));
}

/** The kit's one interpolation: `{name}` becomes its parameter; unknown names stay as written. */
export function interpolate(message: string, params: Params = {}): string {
  return message.includes('{')
    ? message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
    : message;
}

/**
 * Looks a message up, most specific first: the element's own attribute for the language
 * (`data-i18n-en-title`), then for every language (`data-i18n-title`), the page's overrides (tagged, then untagged), the element's catalogue, the core catalogue.
 * Answers `undefined` when no catalogue has the key.
 */
export function find(
  lang: Lang,
  key: string,
  options: { tag?: string; element?: Element; elementStrings?: Partial<Catalogues> } = {},
): string | undefined {
  const { tag, element, elementStrings } = options;
  const attribute = element?.getAttribute(`data-i18n-${lang}-${key}`) || element?.getAttribute(`data-i18n-${key}`);
  if (attribute) return attribute;
  const page = pageOverrides[lang];
  return (
    (tag ? page[`${tag}.${key}`] : undefined) ??
    page[key] ??
    elementStrings?.[lang]?.[key] ??
    (coreStrings[lang] as Strings)[key] ??
    elementStrings?.th?.[key]
  );
}

/** {@link find}, answering the key itself when no catalogue has it. */
export function lookup(lang: Lang, key: string, options: Parameters<typeof find>[2] = {}): string {
  return find(lang, key, options) ?? key;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * The plural form of `key` for `count`: `key.one`, `key.other`… as `Intl.PluralRules`
 * names them for the language (Thai has only `other`), then `key.other`, then `key`.
 */
export function pluralKey(lang: Lang, key: string, count: number, has: (key: string) => boolean): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  const exact = `${key}.${rules.select(count)}`;
  if (has(exact)) return exact;
  return has(`${key}.other`) ? `${key}.other` : key;
}
