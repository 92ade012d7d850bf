import type { Lang } from '@govkit-th/schemas';

export type Numerals = 'latin' | 'thai';
export interface DateOptions {
  numerals?: Numerals;
  /** Show the time of day as well as the date. */
  withTime?: boolean;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** Thailand keeps UTC+7 all year (no summer time since 1920). */
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The short month names ICU gives `th` and `en-GB` (the test checks them against Intl). */
const MONTHS = {
  th: 'ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.'.split(' '),
  en: 'Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec'.split(' '),
};

/**
 * The date, month and year a day is written with: a date without a time is a calendar date
 * and keeps the day it names; a date-time is read in Bangkok. Plain arithmetic rather than
 * `Intl.DateTimeFormat`: building a Thai Buddhist-calendar formatter loads ICU's locale data,
 * one of the longest tasks of a page's first render on a phone (issue 13).
 */
function dayParts(date: Date, dateOnly: boolean) {
  const shifted = new Date(date.getTime() + (dateOnly ? 0 : BANGKOK_OFFSET_MS));
  return { day: shifted.getUTCDate(), month: shifted.getUTCMonth(), year: shifted.getUTCFullYear() };
}

/** `16 พ.ค. 2561` (Buddhist era) or `16 May 2018`, as `Intl` writes them for `th` and `en-GB`. */
function writeDay(date: Date, lang: Lang, numerals: Numerals, dateOnly: boolean): string {
  const { day, month, year } = dayParts(date, dateOnly);
  if (lang !== 'th') return `${day} ${MONTHS.en[month]} ${year}`;
  return digitsIn(`${day} ${MONTHS.th[month]} ${year + 543}`, numerals);
}

/** Parses an ISO 8601 date or date-time; `undefined` when it is not a real date. */
export function parseDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Results by input: a list of thousands of items names few distinct days, and formatting
 * is the costly part of showing a date. Emptied when it grows large.
 */
const shown = new Map<string, string | undefined>();
function remembered(key: string, work: () => string | undefined): string | undefined {
  if (shown.has(key)) return shown.get(key);
  if (shown.size >= 5000) shown.clear();
  const result = work();
  shown.set(key, result);
  return result;
}

/**
 * `2018-05-16` → `16 พ.ค. 2561` (Thai, Buddhist era) or `16 May 2018` (English). With
 * `withTime`, a date-time also gives its Bangkok time through `formatTime`, the way each
 * language joins them: `16 พ.ค. 2561 เวลา 09.30\u00a0น.`, `16 May 2018, 9:30am`.
 */
export function formatDate(value: string, lang: Lang, options: DateOptions = {}): string | undefined {
  const numerals = options.numerals ?? 'latin';
  const withTime = options.withTime ?? false;
  return remembered(`${lang}|${numerals}|${withTime}|${value}`, () => {
    const date = parseDate(value);
    if (!date) return undefined;
    const day = writeDay(date, lang, numerals, DATE_ONLY.test(value.trim()));
    const time = withTime ? formatTime(value, lang, numerals) : undefined;
    if (!time) return day;
    return lang === 'th' ? `${day} เวลา ${time}` : `${day}, ${time}`;
  });
}

/** The machine-readable form for `<time datetime>`: the date as given, or ISO in UTC. */
export function machineDate(value: string): string | undefined {
  return remembered(`machine|${value}`, () => {
    const date = parseDate(value);
    if (!date) return undefined;
    return DATE_ONLY.test(value.trim()) ? value.trim() : date.toISOString();
  });
}

/** The hour (0–23) and minute of an instant in Bangkok, two digits each, in the language's numerals. */
function clockParts(date: Date, lang: Lang, numerals: Numerals) {
  const shifted = new Date(date.getTime() + BANGKOK_OFFSET_MS);
  const two = (value: number) => digitsIn(String(value).padStart(2, '0'), lang === 'th' ? numerals : 'latin');
  return { hour: two(shifted.getUTCHours()), minute: two(shifted.getUTCMinutes()) };
}

/**
 * English as GOV.UK's style guide writes times: the 12-hour clock with "am"/"pm" and no
 * space, no ":00" on the hour, "midday" and "midnight" rather than "12pm"/"12am" (which
 * readers confuse): `9:30am`, `4pm`, `midday`.
 */
function englishClock(hour: number, minute: string): string {
  if (minute === '00' && hour === 12) return 'midday';
  if (minute === '00' && hour === 0) return 'midnight';
  const shown = `${hour % 12 || 12}${minute === '00' ? '' : `:${minute}`}`;
  return `${shown}${hour < 12 ? 'am' : 'pm'}`;
}

/**
 * The kit's one way to show the time of day of an instant, always in Bangkok time (as
 * `formatDate` shows its day): Thai as Thai offices write it, the 24-hour clock with a full
 * stop and "น." kept to it by a non-breaking space (`09.30\u00a0น.`); English as GOV.UK does
 * (`9:30am`, `4pm`, `midday`). With `end`, a range: `09.30–12.00\u00a0น.` (the unit once, at
 * the end), `9:30am to midday` ("to", not a dash, as GOV.UK asks).
 * `undefined` when either value is not a date-time.
 */
export function formatTime(value: string, lang: Lang, numerals: Numerals = 'latin', end?: string): string | undefined {
  const clock = (text: string) => {
    const date = DATE_ONLY.test(text.trim()) ? undefined : parseDate(text);
    if (!date) return undefined;
    const { hour, minute } = clockParts(date, lang, numerals);
    return lang === 'th' ? `${hour}.${minute}` : englishClock(Number(hour), minute);
  };
  const start = clock(value);
  const finish = end === undefined ? '' : clock(end);
  if (!start || finish === undefined) return undefined;
  if (lang !== 'th') return finish ? `${start} to ${finish}` : start;
  return `${finish ? `${start}\u2013${finish}` : start}\u00a0น.`;
}

/**
 * The calendar day (`YYYY-MM-DD`) in Thailand (Asia/Bangkok, UTC+7 all year) of an
 * instant; a date without a time is already a day and is answered as given.
 * `undefined` for anything that is not a real date.
 */
export function bangkokDay(value: string | number | Date | undefined): string | undefined {
  if (typeof value === 'string' && DATE_ONLY.test(value.trim())) return parseDate(value) && value.trim();
  const date = typeof value === 'string' ? parseDate(value) : value === undefined ? undefined : new Date(value);
  if (!date || Number.isNaN(date.getTime())) return undefined;
  return new Date(date.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant (ms) a Thai calendar day begins: 00:00 in Bangkok. */
export function bangkokMidnight(day: string): number {
  return Date.parse(`${day}T00:00:00+07:00`);
}

const numberFormatters = new Map<string, Intl.NumberFormat>();
/** Formats a number in the page's numerals (Thai digits when asked). */
export function formatNumber(
  value: number,
  lang: Lang,
  numerals: Numerals = 'latin',
  options: Intl.NumberFormatOptions = {},
): string {
  // A whole number, grouped or not (counts, years), needs no formatter:
  // building the first Intl.NumberFormat loads ICU's locale data, a long task on a phone.
  const grouping = options.useGrouping ?? true;
  const onlyGrouping = Object.keys(options).every((key) => key === 'useGrouping');
  if (Number.isSafeInteger(value) && onlyGrouping && typeof grouping === 'boolean') {
    const digits = grouping ? String(value).replace(/\B(?=(\d{3})+$)/g, ',') : String(value);
    return lang === 'th' ? digitsIn(digits, numerals) : digits;
  }
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

/** Text shown as written (phone numbers, postcodes) in the numerals the page asks for. */
export function digitsIn(text: string, numerals: Numerals): string {
  return numerals === 'thai' ? toThaiDigits(text) : text;
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/**
 * The kit's one way to show a file size: decimal (SI) steps as the unit names say
 * (1 kB = 1,000 bytes; 1,200,000 bytes is 1.2 MB), one decimal below 10, none above;
 * Thai names the unit in words (`1.2 เมกะไบต์`), English by symbol (`1.2 MB`, `12 bytes`);
 * a non-breaking space keeps the number and its unit on one line.
 */
export function formatBytes(bytes: number, lang: Lang, numerals: Numerals = 'latin'): string {
  let value = bytes;
  let step = 0;
  while (step < BYTE_UNITS.length - 1 && value >= 999.5) {
    value /= 1000;
    step += 1;
  }
  // One decimal below 10 of a larger unit, none otherwise, rounded half up on the decimal
  // digits as written (toPrecision first: 2.05 is 2.0499… in binary), as Intl rounds.
  const tenths = step > 0 && value < 9.95;
  const rounded = tenths ? Math.round(Number((value * 10).toPrecision(12))) / 10 : Math.round(value);
  // Below 10 there is nothing to group; above it, formatNumber groups (7,000 TB).
  const number = tenths
    ? digitsIn(rounded.toFixed(1).replace(/\.0$/, ''), lang === 'th' ? numerals : 'latin')
    : formatNumber(rounded, lang, numerals);
  return `${number}\u00a0${byteUnit(step, lang, rounded)}`;
}

/** The unit's name as Intl writes it: Thai long names; English `byte`/`bytes`, then kB, MB, GB, TB. */
function byteUnit(step: number, lang: Lang, value: number): string {
  if (lang === 'th') return ['ไบต์', 'กิโลไบต์', 'เมกะไบต์', 'กิกะไบต์', 'เทราไบต์'][step];
  if (step === 0) return value === 1 ? 'byte' : 'bytes';
  return ['kB', 'MB', 'GB', 'TB'][step - 1];
}

/**
 * The Thai government fiscal year a date falls in, named by its Buddhist-era year: it runs from
 * 1 October to 30 September, so FY 2569 is 1 Oct 2568 – 30 Sep 2569 (1 Oct 2025 – 30 Sep 2026).
 * The day is taken in Bangkok time. Undefined for a date that cannot be read.
 */
export function fiscalYear(value: string | number | Date | undefined): number | undefined {
  const day = bangkokDay(value);
  if (!day) return undefined;
  const [year, month] = day.split('-').map(Number) as [number, number];
  return year + 543 + (month >= 10 ? 1 : 0);
}
