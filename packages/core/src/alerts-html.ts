import { alertInForce, compareAlerts, type Alert, type AlertsData, type Lang } from '@govkit-th/schemas';
import { formatDate, machineDate, type Numerals } from './dates.js';
import { headingLevel } from './heading-level.js';
import { coreStrings } from './core-strings.js';
import { localize } from './localized.js';
import { safeUrl } from './safe-url.js';
import { publicationRows, type PublicationRow } from './publication-rows.js';

const th = {
  'severity-info': 'ประกาศ',
  'severity-warning': 'เฝ้าระวัง',
  'severity-danger': 'อันตราย เร่งด่วน',
  area: 'พื้นที่',
  issued: 'ประกาศเมื่อ',
  expires: 'มีผลถึง',
  'what-to-do': 'สิ่งที่ควรปฏิบัติ',
  screened: 'กลั่นกรองก่อนเผยแพร่โดย',
  'by-governor': 'ผู้ว่าราชการจังหวัด',
  'by-province-cio': 'ผู้บริหารเทคโนโลยีสารสนเทศระดับสูงของจังหวัด (CIO จังหวัด)',
  more: 'อ่านรายละเอียด',
  dismiss: 'ปิดประกาศนี้',
};

const en = {
  'severity-info': 'Notice',
  'severity-warning': 'Watch',
  'severity-danger': 'Danger: act now',
  area: 'Area',
  issued: 'Issued',
  expires: 'In force until',
  'what-to-do': 'What to do',
  screened: 'Screened before publication by',
  'by-governor': 'the Provincial Governor',
  'by-province-cio': 'the province Chief Information Officer (CIO)',
  more: 'Read more',
  dismiss: 'Dismiss this notice',
} satisfies Record<keyof typeof th, string>;

/** `gov-alert`'s words: its own catalogue, and the words of the notices a server writes into a page. */
export const alertStrings = { th, en };

/** How a server writes the notices in force into a page (see {@link alertsHtml}). */
export interface AlertsHtmlOptions {
  /** The language the page is in. */
  lang: Lang;
  /** The moment the page is written for (a server's clock); only notices in force then are written. */
  now: number;
  /** The element's `heading-level` (2 by default). */
  headingLevel?: number;
  /**
   * The alerts file's address: relative links in the data resolve against it, as the element
   * resolves them. Without it they stay relative, and the page resolves them (a desk that does
   * not know the site's address).
   */
  base?: string;
  numerals?: Numerals;
}

const ESCAPED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPED[character]!);
const THAI = /[\u0E00-\u0E7F]/;

/**
 * A value from the data, escaped; in English, Thai in it (a name, or a field with no English)
 * is marked `lang="th"`, so a screen reader reads it with a Thai voice.
 */
const fromData = (text: string, lang: Lang) =>
  lang === 'en' && THAI.test(text) ? `<span lang="th">${escape(text)}</span>` : escape(text);

/**
 * The urgent notices in force, as the HTML a server (a CMS, the agency's host) puts inside
 * `<gov-alert>`, so a reader sees them in the first paint and without JavaScript (order
 * clause 4.1: a flood warning should not wait for a script on a slow phone). The markup and
 * its classes are the element's own, and `govkit-lightdom.css` styles them as the element
 * does, so the element's render takes exactly their room and nothing below moves. The
 * dismiss button's room is kept (it needs the script, so it is not written). Every value is
 * escaped: the data is text. An empty string when no notice is in force. A page written this
 * way must be written again when a notice is published or ends (a server that renders each
 * request does so by itself); the element follows the clock either way.
 */
export function alertsHtml(data: AlertsData, options: AlertsHtmlOptions): string {
  const shown = data.alerts.filter((alert) => alertInForce(alert, options.now)).sort(compareAlerts);
  if (shown.length === 0) return '';
  return `<div class="govkit-alerts" lang="${options.lang}">${shown.map((alert) => alertHtml(alert, options)).join('')}</div>`;
}

function alertHtml(alert: Alert, options: AlertsHtmlOptions): string {
  const { lang } = options;
  const t = (key: keyof typeof th) => escape(alertStrings[lang][key]);
  const text = (value: Parameters<typeof localize>[0]) => fromData(localize(value, lang), lang);
  const when = (value: string | undefined) => timeHtml(value, options);
  const level = headingLevel(options.headingLevel ?? 2);
  // The language in the id: a bilingual page may carry both languages' notices, one hidden.
  const id = escape(`govkit-alert-${lang}-${alert.id}`);
  const title = text(alert.title);
  const description = text(alert.description);
  const url = linkHref(alert.url, options.base);
  const row = (key: keyof typeof th, value: string) => `<div><dt>${t(key)}</dt><dd>${value}</dd></div>`;
  return [
    `<section class="alert ${alert.severity}" aria-labelledby="${id}">`,
    `<p class="severity">${t(`severity-${alert.severity}`)}</p>`,
    `<h${level} id="${id}">${title}</h${level}>`,
    `<dl>${row('area', text(alert.area))}${row('issued', when(alert.issuedAt))}${row('expires', when(alert.expiresAt))}</dl>`,
    description ? `<p class="text">${description}</p>` : '',
    `<p class="label">${t('what-to-do')}</p>`,
    `<p class="text">${text(alert.instructions)}</p>`,
    `<p class="meta">${t('screened')} ${fromData(alert.screening.name, lang)} ${t(`by-${alert.screening.by}`)} ${when(alert.screening.at)}</p>`,
    publicationHtml(publicationRows(alert.publication), options),
    '<p class="actions">',
    url ? `<a href="${escape(url)}">${t('more')}<span class="visually-hidden">: ${title}</span></a>` : '',
    `<span class="dismiss-room" aria-hidden="true">${t('dismiss')}<span class="visually-hidden">: ${title}</span></span>`,
    '</p></section>',
  ].join('');
}

const RELATIVE = 'https://relative.invalid/';

/** A link the element would follow (core's allow-list); without a base a relative one stays relative. */
function linkHref(value: string | undefined, base: string | undefined): string | undefined {
  if (base) return safeUrl(value, base);
  const resolved = safeUrl(value, RELATIVE);
  return resolved?.startsWith(RELATIVE) ? value!.trim() : resolved;
}

/** A date and its Bangkok time as the element writes it (`<time datetime>`); empty for an invalid one. */
function timeHtml(value: string | undefined, { lang, numerals }: AlertsHtmlOptions, withTime = true): string {
  const shown = value ? formatDate(value, lang, { numerals, withTime }) : undefined;
  const machine = value ? machineDate(value) : undefined;
  return shown && machine ? `<time datetime="${escape(machine)}">${escape(shown)}</time>` : '';
}

/** The publication record, line for line as core's `renderPublication` writes it. */
function publicationHtml(rows: PublicationRow[], options: AlertsHtmlOptions): string {
  const t = (key: string) => escape((coreStrings[options.lang] as Record<string, string>)[key] ?? key);
  const lines = rows
    .map((row) => [row.key, publicationValue(row, options, t)] as const)
    .filter(([, value]) => value !== '');
  if (lines.length === 0) return '';
  return `<dl class="meta publication">${lines.map(([key, value]) => `<div><dt>${t(key)}</dt><dd>${value}</dd></div>`).join('')}</dl>`;
}

function publicationValue(row: PublicationRow, options: AlertsHtmlOptions, t: (key: string) => string): string {
  if (row.person) {
    const { name, position, at } = row.person;
    const when = timeHtml(at, options);
    return `${fromData(name, options.lang)}${position ? ` (<span class="position">${fromData(position, options.lang)}</span>)` : ''}${when ? ` ${t('publication-at')} ${when}` : ''}`;
  }
  if (row.date) return timeHtml(row.date, options, false);
  const url = linkHref(row.url, options.base);
  return url
    ? `<a href="${escape(url)}">${fromData(row.title!, options.lang)}</a>`
    : fromData(row.title!, options.lang);
}
