import { expect } from '@open-wc/testing';
import { formatLongDate, formatMonth, weekdayName } from './long-dates.js';

describe('month and weekday names without Intl (the words agree with ICU)', () => {
  // What the event calendar used before: ICU's own answer is the oracle.
  const icu = (value: string, lang: 'th' | 'en', options: Intl.DateTimeFormatOptions, numerals = 'latn') =>
    new Intl.DateTimeFormat(lang === 'th' ? `th-TH-u-ca-buddhist-nu-${numerals}` : 'en-GB', {
      ...options,
      timeZone: 'UTC',
    }).format(new Date(`${value.length === 7 ? `${value}-01` : value}T00:00:00Z`));
  const long = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;

  it('names every month with its year, Thai (both numerals) and English', () => {
    for (const year of [1999, 2024, 2026]) {
      for (let month = 1; month <= 12; month++) {
        const value = `${year}-${String(month).padStart(2, '0')}`;
        const monthYear = { month: 'long', year: 'numeric' } as const;
        expect(formatMonth(value, 'th'), value).to.equal(icu(value, 'th', monthYear));
        expect(formatMonth(value, 'th', 'thai'), value).to.equal(icu(value, 'th', monthYear, 'thai'));
        expect(formatMonth(value, 'en'), value).to.equal(icu(value, 'en', monthYear));
      }
    }
  });

  it('writes every day of a fortnight in full and names its weekday, long and short', () => {
    // 18 December 2026 to 31 December, through the turn of the year; a leap day; a turn of the century.
    const days = Array.from({ length: 14 }, (_, index) =>
      new Date(Date.UTC(2026, 11, 18 + index)).toISOString().slice(0, 10),
    );
    days.push('2024-02-29', '2000-01-01');
    for (const day of days) {
      expect(formatLongDate(day, 'th'), day).to.equal(icu(day, 'th', long));
      expect(formatLongDate(day, 'th', 'thai'), day).to.equal(icu(day, 'th', long, 'thai'));
      expect(formatLongDate(day, 'en'), day).to.equal(icu(day, 'en', long));
      expect(weekdayName(day, 'th'), day).to.equal(icu(day, 'th', { weekday: 'narrow' }));
      expect(weekdayName(day, 'th', 'long'), day).to.equal(icu(day, 'th', { weekday: 'long' }));
      expect(weekdayName(day, 'en'), day).to.equal(icu(day, 'en', { weekday: 'short' }));
      expect(weekdayName(day, 'en', 'long'), day).to.equal(icu(day, 'en', { weekday: 'long' }));
    }
  });
});
