import { digitsIn, type Numerals } from './dates.js';
import type { Lang } from './lang.js';

/**
 * Month and weekday names written out, for a calendar: plain arithmetic and ICU's own words
 * rather than `Intl.DateTimeFormat`, whose first Thai Buddhist-calendar formatter loads ICU's
 * locale data, about 25 ms of one task on a fast machine and four times that on a phone
 * (issue 13). A module of its own so that only the elements that name months carry the
 * words. The test checks every name against Intl.
 */
const MONTHS = {
  th: 'มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};

/** From Sunday: the long names, and the short ones Thai calendars head their columns with. */
const WEEKDAYS = {
  th: {
    long: 'วันอาทิตย์ วันจันทร์ วันอังคาร วันพุธ วันพฤหัสบดี วันศุกร์ วันเสาร์'.split(' '),
    short: 'อา จ อ พ พฤ ศ ส'.split(' '),
  },
  en: {
    long: 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' '),
    short: 'Sun Mon Tue Wed Thu Fri Sat'.split(' '),
  },
};

/** A calendar day (`2026-12-15`) or month (`2026-12`) as the date at its start, in UTC. */
function utc(day: string): Date {
  return new Date(`${day.length === 7 ? `${day}-01` : day}T00:00:00Z`);
}

/** `ธันวาคม 2569` (Buddhist era) or `December 2026`, for a month `2026-12`. */
export function formatMonth(month: string, lang: Lang, numerals: Numerals = 'latin'): string {
  const date = utc(month);
  if (lang !== 'th') return `${MONTHS.en[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return digitsIn(`${MONTHS.th[date.getUTCMonth()]} ${date.getUTCFullYear() + 543}`, numerals);
}

/** `วันอังคารที่ 15 ธันวาคม 2569` or `Tuesday, 15 December 2026`, for a day `2026-12-15`. */
export function formatLongDate(day: string, lang: Lang, numerals: Numerals = 'latin'): string {
  const date = utc(day);
  const [weekday, dayOfMonth, month, year] = [
    date.getUTCDay(),
    date.getUTCDate(),
    date.getUTCMonth(),
    date.getUTCFullYear(),
  ];
  if (lang !== 'th') return `${WEEKDAYS.en.long[weekday]}, ${dayOfMonth} ${MONTHS.en[month]} ${year}`;
  return digitsIn(`${WEEKDAYS.th.long[weekday]}ที่ ${dayOfMonth} ${MONTHS.th[month]} ${year + 543}`, numerals);
}

/** The day of the week of `2026-12-15`: `อ` / `Tue`, or with `long` `วันอังคาร` / `Tuesday`. */
export function weekdayName(day: string, lang: Lang, width: 'long' | 'short' = 'short'): string {
  return WEEKDAYS[lang === 'th' ? 'th' : 'en'][width][utc(day).getUTCDay()]!;
}
