import type { Lang } from './lang.js';

export type Numerals = 'latin' | 'thai';
export interface DateOptions {
  numerals?: Numerals;
  /** Show the time of day as well as the date. */
  withTime?: boolean;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(lang: Lang, numerals: Numerals, withTime: boolean, dateOnly: boolean) {
  const key = `${lang}|${numerals}|${withTime}|${dateOnly}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // Thai readers expect the Buddhist era (พ.ศ.); Intl supplies it through the calendar extension.
    const locale = lang === 'th' ? `th-TH-u-ca-buddhist${numerals === 'thai' ? '-nu-thai' : '-nu-latn'}` : 'en-GB';
    formatter = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      ...(withTime && !dateOnly ? { hour: '2-digit', minute: '2-digit' } : {}),
      // A date without a time is a calendar date: formatting it in UTC keeps the day it names.
      timeZone: dateOnly ? 'UTC' : 'Asia/Bangkok',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Parses an ISO 8601 date or date-time; `undefined` when it is not a real date. */
export function parseDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `2018-05-16` → `16 พ.ค. 2561` (Thai, Buddhist era) or `16 May 2018` (English). */
export function formatDate(value: string, lang: Lang, options: DateOptions = {}): string | undefined {
  const date = parseDate(value);
  if (!date) return undefined;
  const dateOnly = DATE_ONLY.test(value.trim());
  return formatterFor(lang, options.numerals ?? 'latin', options.withTime ?? false, dateOnly).format(date);
}

/** The machine-readable form for `<time datetime>`: the date as given, or ISO in UTC. */
export function machineDate(value: string): string | undefined {
  const date = parseDate(value);
  if (!date) return undefined;
  return DATE_ONLY.test(value.trim()) ? value.trim() : date.toISOString();
}

const numberFormatters = new Map<string, Intl.NumberFormat>();
/** Formats a number in the page's numerals (Thai digits when asked). */
export function formatNumber(
  value: number,
  lang: Lang,
  numerals: Numerals = 'latin',
  options: Intl.NumberFormatOptions = {},
): string {
  const key = `${lang}|${numerals}|${JSON.stringify(options)}`;
  let formatter = numberFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(
      lang === 'th' ? `th-TH-u-nu-${numerals === 'thai' ? 'thai' : 'latn'}` : 'en-GB',
      options,
    );
    numberFormatters.set(key, formatter);
  }
  return formatter.format(value);
}

/** Replaces ASCII digits by Thai digits, for phone numbers and other strings shown as written. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(0x0e50 + Number(digit)));
}
