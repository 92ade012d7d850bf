export { GovElement } from './gov-element.js';
export { DataController, yieldToMain } from './data-controller.js';
export type { DataSource, DataState, DataHost, FetchedText, PrepareTools } from './data-controller.js';
export { GovDataError } from './errors.js';
export type { DataErrorKind, DataProblem } from './errors.js';
export { compareVersions, define, KIT_VERSION } from './define.js';
export {
  bangkokDay,
  bangkokMidnight,
  digitsIn,
  fiscalYear,
  formatBytes,
  formatDate,
  formatNumber,
  formatTime,
  machineDate,
  parseDate,
  toThaiDigits,
} from './dates.js';
export type { DateOptions, Numerals } from './dates.js';
export { formatLongDate, formatMonth, weekdayName } from './long-dates.js';
export { coreStrings, find, interpolate, lookup, pluralKey, setStrings, STRINGS_CHANGED } from './i18n.js';
export type { Catalogues, CoreKey, Params, Strings } from './i18n.js';
export { LocalizeController } from './localize-controller.js';
export type { LocalizeHost } from './localize-controller.js';
export { onLangChange, resolveLang, toLang } from './lang.js';
export type { Lang } from './lang.js';
export { localize, localizedLang } from './localized.js';
export type { LocalizedText } from './localized.js';
export { isExternal, safeUrl } from './links.js';
export { loadSanitizer, sanitizeHtml } from './sanitize.js';
export { compareNames } from './collate.js';
export { plainText } from './text.js';
export { fileTypeLabel } from './files.js';
export { highlight, matchesAll, searchable, searchTerms } from './search.js';
export { searchFields, searchFieldStyles } from './search-fields.js';
export type { SearchFieldsOptions } from './search-fields.js';
export { lazyImport } from './lazy.js';
export { setJsonLd } from './json-ld.js';
export { heading, headingLevel, link, picture } from './templates.js';
export type { PixelSize } from './templates.js';
export { renderPublication } from './publication.js';
export { publicationRows } from './publication-rows.js';
export type { PublicationPerson, PublicationRow } from './publication-rows.js';
export { alertStrings, alertsHtml } from './alerts-html.js';
export type { AlertsHtmlOptions } from './alerts-html.js';
export type { PublicationContext, PublicationRecord } from './publication.js';
export { baseStyles } from './tokens.js';
export { telHref } from './tel.js';
export { formatAddress } from './address.js';
export type { AddressInput, AddressParts } from './address.js';
export { limiter, mapLimit } from './limit.js';
export type { Limiter } from './limit.js';
export { clearPageCache, pageCached, untilAborted } from './page-cache.js';
export { assertNoEntityDeclarations, parseXml } from './xml.js';
export { decodeText } from './charset.js';
export { listClass, LONG_LIST, longListStyles } from './long-list.js';
export { parserTools } from './parser-tools.js';
export type { ParserTools } from './parser-tools.js';
export type { GovErrorEvent, GovEventMap, GovLoadEvent, GovReceiptEvent, GovSubmitEvent } from './events.js';
