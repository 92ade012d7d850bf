import type { Lang } from './lang.js';
import { coreStrings } from './core-strings.js';

export { coreStrings };
export type { CoreKey } from './core-strings.js';

/** A catalogue: key → message. `{name}` marks a parameter; `key.one`/`key.other` are plural forms. */
export type Strings = Record<string, string>;
export type Catalogues = Record<Lang, Strings>;
/** Message parameters; numbers are shown in the page's numerals, and `count` picks the plural form. */
export type Params = Record<string, string | number>;

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
