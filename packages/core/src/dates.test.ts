import { expect } from '@open-wc/testing';
import {
  bangkokDay,
  bangkokMidnight,
  digitsIn,
  fiscalYear,
  formatBytes,
  formatDate,
  formatTime,
  formatNumber,
  machineDate,
  parseDate,
  toThaiDigits,
} from './dates.js';

describe('Thai dates', () => {
  it('shows a date in the Buddhist era with the Thai short month', () => {
    expect(formatDate('2018-05-16', 'th')).to.equal('16 พ.ค. 2561');
    expect(formatDate('2026-12-31', 'th')).to.equal('31 ธ.ค. 2569');
  });

  it('keeps the calendar day of a date-only value in every time zone', () => {
    expect(formatDate('2018-01-01', 'th')).to.equal('1 ม.ค. 2561');
  });

  it('shows a date-time in Thailand time', () => {
    // 20:00 UTC on 31 Dec is already 1 Jan in Bangkok (UTC+7).
    expect(formatDate('2018-12-31T20:00:00Z', 'th')).to.equal('1 ม.ค. 2562');
  });

  it('gives a date-time with its Bangkok time through formatTime, the same words everywhere', () => {
    expect(formatDate('2018-05-16T09:30:00+07:00', 'th', { withTime: true })).to.equal(
      '16 พ.ค. 2561 เวลา 09.30\u00a0น.',
    );
    expect(formatDate('2018-05-16T02:30:00Z', 'en', { withTime: true })).to.equal('16 May 2018, 9:30am');
    expect(formatDate('2018-05-16T09:30:00+07:00', 'th', { withTime: true, numerals: 'thai' })).to.equal(
      '๑๖ พ.ค. ๒๕๖๑ เวลา ๐๙.๓๐\u00a0น.',
    );
    // A date without a time has no time to show.
    expect(formatDate('2018-05-16', 'en', { withTime: true })).to.equal('16 May 2018');
  });

  it('uses Thai digits when asked', () => {
    expect(formatDate('2018-05-16', 'th', { numerals: 'thai' })).to.equal('๑๖ พ.ค. ๒๕๖๑');
    expect(formatNumber(1234.5, 'th', 'thai')).to.equal('๑,๒๓๔.๕');
    expect(toThaiDigits('0 3650 7100')).to.equal('๐ ๓๖๕๐ ๗๑๐๐');
  });

  it('shows English dates in the Gregorian calendar', () => {
    expect(formatDate('2018-05-16', 'en')).to.equal('16 May 2018');
  });

  it('refuses what is not a date instead of showing "Invalid Date"', () => {
    expect(formatDate('2018-13-45', 'th')).to.equal(undefined);
    expect(formatDate('yesterday', 'th')).to.equal(undefined);
    expect(parseDate('')).to.equal(undefined);
    expect(parseDate(42)).to.equal(undefined);
    expect(machineDate('not a date')).to.equal(undefined);
  });

  it('gives <time datetime> the date as written, or ISO in UTC', () => {
    expect(machineDate('2018-05-16')).to.equal('2018-05-16');
    expect(machineDate('2018-05-16T09:30:00+07:00')).to.equal('2018-05-16T02:30:00.000Z');
  });
});

describe('file sizes', () => {
  it('uses one convention everywhere: decimal steps, Thai unit words, English symbols, a non-breaking space', () => {
    expect(formatBytes(512, 'th')).to.equal('512\u00a0ไบต์');
    expect(formatBytes(358_000, 'th')).to.equal('358\u00a0กิโลไบต์');
    expect(formatBytes(1_200_000, 'th')).to.equal('1.2\u00a0เมกะไบต์');
    expect(formatBytes(1_200_000, 'th', 'thai')).to.equal('๑.๒\u00a0เมกะไบต์');
    expect(formatBytes(1, 'en')).to.equal('1\u00a0byte');
    expect(formatBytes(512, 'en')).to.equal('512\u00a0bytes');
    expect(formatBytes(2_400_000, 'en')).to.equal('2.4\u00a0MB');
    expect(formatBytes(15_000, 'en')).to.equal('15\u00a0kB');
    expect(formatBytes(999_600, 'en')).to.equal('1\u00a0MB');
  });
});

describe('Thai digits and Bangkok days', () => {
  it('shows text as written in the numerals the page asks for', () => {
    expect(digitsIn('0 3650 7100', 'thai')).to.equal('๐ ๓๖๕๐ ๗๑๐๐');
    expect(digitsIn('0 3650 7100', 'latin')).to.equal('0 3650 7100');
  });

  it('names the calendar day in Thailand of an instant, and of a plain date', () => {
    expect(bangkokDay('2026-01-05T17:30:00Z')).to.equal('2026-01-06');
    expect(bangkokDay('2026-01-05T16:59:59Z')).to.equal('2026-01-05');
    expect(bangkokDay(Date.UTC(2025, 11, 31, 17))).to.equal('2026-01-01');
    expect(bangkokDay('2026-02-03')).to.equal('2026-02-03');
    expect(bangkokDay('not a date')).to.equal(undefined);
    expect(new Date(bangkokMidnight('2026-01-06')).toISOString()).to.equal('2026-01-05T17:00:00.000Z');
  });
});

describe('Thai fiscal year', () => {
  it('runs from 1 October to 30 September, named by its Buddhist-era year', () => {
    expect(fiscalYear('2025-09-30')).to.equal(2568);
    expect(fiscalYear('2025-10-01')).to.equal(2569);
    expect(fiscalYear('2026-09-30')).to.equal(2569);
    expect(fiscalYear('2026-01-15')).to.equal(2569);
  });

  it('takes the day in Bangkok: 30 Sep 2025 at 17:30 UTC is already 1 October there', () => {
    expect(fiscalYear('2025-09-30T17:30:00Z')).to.equal(2569);
    expect(fiscalYear('2025-09-30T16:59:00Z')).to.equal(2568);
  });

  it('gives nothing for a date it cannot read', () => {
    expect(fiscalYear('not a date')).to.equal(undefined);
    expect(fiscalYear(undefined)).to.equal(undefined);
  });
});

describe('times of day', () => {
  it('writes Bangkok time the Thai way, with "น." held to the number by a non-breaking space', () => {
    expect(formatTime('2026-12-15T09:30:00+07:00', 'th')).to.equal('09.30\u00a0น.');
    expect(formatTime('2026-12-15T02:30:00Z', 'th')).to.equal('09.30\u00a0น.');
    expect(formatTime('2026-12-15T09:30:00+07:00', 'th', 'thai')).to.equal('๐๙.๓๐\u00a0น.');
  });

  it('writes English times as GOV.UK does: 12-hour clock, am/pm, no :00, midday and midnight', () => {
    expect(formatTime('2026-12-15T09:30:00+07:00', 'en')).to.equal('9:30am');
    expect(formatTime('2026-12-15T16:00:00+07:00', 'en')).to.equal('4pm');
    expect(formatTime('2026-12-15T12:00:00+07:00', 'en')).to.equal('midday');
    expect(formatTime('2026-12-15T00:00:00+07:00', 'en')).to.equal('midnight');
    expect(formatTime('2026-12-15T12:05:00+07:00', 'en')).to.equal('12:05pm');
    expect(formatTime('2026-12-15T00:30:00+07:00', 'en')).to.equal('12:30am');
    // Bangkok time, whatever the instant's offset: 23:45 UTC is 6:45am the next day there.
    expect(formatTime('2026-12-14T23:45:00Z', 'en')).to.equal('6:45am');
  });

  it('writes a range with the unit once, and refuses what is not a date-time', () => {
    expect(formatTime('2026-12-15T09:30:00+07:00', 'th', 'latin', '2026-12-15T16:00:00+07:00')).to.equal(
      '09.30\u201316.00\u00a0น.',
    );
    expect(formatTime('2026-12-15T13:00:00+07:00', 'en', 'latin', '2026-12-15T17:30:00+07:00')).to.equal(
      '1pm to 5:30pm',
    );
    expect(formatTime('2026-12-15', 'th')).to.equal(undefined);
    expect(formatTime('2026-12-15T09:30:00+07:00', 'th', 'latin', 'later')).to.equal(undefined);
  });
});

describe('dates without Intl (the arithmetic agrees with ICU)', () => {
  // The formatters the kit used before: ICU's own answer is the oracle.
  const icuDay = (value: string, lang: 'th' | 'en', numerals: 'latin' | 'thai') =>
    new Intl.DateTimeFormat(
      lang === 'th' ? `th-TH-u-ca-buddhist-nu-${numerals === 'thai' ? 'thai' : 'latn'}` : 'en-GB',
      {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: /T/.test(value) ? 'Asia/Bangkok' : 'UTC',
      },
    ).format(new Date(value));
  const icuClock = (value: string, numerals: 'latin' | 'thai') =>
    new Intl.DateTimeFormat(`th-TH-u-nu-${numerals === 'thai' ? 'thai' : 'latn'}`, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Asia/Bangkok',
    }).format(new Date(value));
  const icuBangkokDay = (value: string) =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Bangkok',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date(value));
  // Every month, both sides of Bangkok's midnight, a leap day, the turn of the year.
  const values = [
    ...Array.from({ length: 12 }, (_, month) => `2026-${String(month + 1).padStart(2, '0')}-09`),
    ...Array.from({ length: 12 }, (_, month) => `2025-${String(month + 1).padStart(2, '0')}-28T16:59:00Z`),
    ...Array.from({ length: 12 }, (_, month) => `2025-${String(month + 1).padStart(2, '0')}-28T17:00:00Z`),
    '2024-02-29',
    '2026-12-31T23:30:00+07:00',
    '2026-12-31T17:30:00Z',
    '1999-01-01T00:05:00+07:00',
  ];

  it('writes every day as ICU does, Thai (both numerals) and English', () => {
    for (const value of values)
      for (const [lang, numerals] of [
        ['th', 'latin'],
        ['th', 'thai'],
        ['en', 'latin'],
      ] as const)
        expect(formatDate(value, lang, { numerals }), `${value} ${lang} ${numerals}`).to.equal(
          icuDay(value, lang, numerals),
        );
  });

  it('reads the clock and the calendar day in Bangkok as ICU does', () => {
    for (const value of values.filter((text) => text.includes('T'))) {
      expect(formatTime(value, 'th'), value).to.equal(`${icuClock(value, 'latin')}\u00a0น.`.replace(':', '.'));
      expect(formatTime(value, 'th', 'thai'), value).to.equal(`${icuClock(value, 'thai')}\u00a0น.`.replace(':', '.'));
      expect(bangkokDay(value), value).to.equal(icuBangkokDay(value));
    }
  });
});

describe('formatNumber without Intl for whole numbers', () => {
  it('groups whole numbers as ICU does, in both languages and both numerals', () => {
    const samples = [0, 7, -7, 999, 1000, -1000, 3000, 12345, 999999, 1000000, -1234567, 2569, Number.MAX_SAFE_INTEGER];
    for (const value of samples) {
      expect(formatNumber(value, 'th'), String(value)).to.equal(new Intl.NumberFormat('th-TH-u-nu-latn').format(value));
      expect(formatNumber(value, 'th', 'thai'), String(value)).to.equal(
        new Intl.NumberFormat('th-TH-u-nu-thai').format(value),
      );
      expect(formatNumber(value, 'en'), String(value)).to.equal(new Intl.NumberFormat('en-GB').format(value));
      expect(formatNumber(value, 'th', 'thai', { useGrouping: false }), String(value)).to.equal(
        new Intl.NumberFormat('th-TH-u-nu-thai', { useGrouping: false }).format(value),
      );
      expect(formatNumber(value, 'en', 'latin', { useGrouping: true }), String(value)).to.equal(
        new Intl.NumberFormat('en-GB', { useGrouping: true }).format(value),
      );
    }
  });
});

describe('formatBytes without Intl', () => {
  it('writes sizes as ICU does, across units and at the rounding edges', () => {
    const icu = (bytes: number, lang: 'th' | 'en', numerals: 'latin' | 'thai') => {
      const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'];
      let value = bytes;
      let step = 0;
      while (step < units.length - 1 && value >= 999.5) {
        value /= 1000;
        step += 1;
      }
      const locale = lang === 'th' ? `th-TH-u-nu-${numerals === 'thai' ? 'thai' : 'latn'}` : 'en-GB';
      return new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: units[step],
        unitDisplay: lang === 'th' || step === 0 ? 'long' : 'short',
        maximumFractionDigits: step > 0 && value < 9.95 ? 1 : 0,
      })
        .format(value)
        .replace(/ /g, '\u00a0');
    };
    const sizes = [0, 1, 2, 999, 1000, 1049, 1050, 1051, 2050, 9949, 9950, 9999, 10_000, 99_499, 358_000, 999_499];
    const more = [999_500, 999_600, 1_200_000, 2_050_000, 5_250_000, 9_950_000, 1e9, 2.35e9, 1.5e12, 7e15];
    for (const bytes of [...sizes, ...more])
      for (const [lang, numerals] of [
        ['th', 'latin'],
        ['th', 'thai'],
        ['en', 'latin'],
      ] as const)
        expect(formatBytes(bytes, lang, numerals), `${bytes} ${lang} ${numerals}`).to.equal(icu(bytes, lang, numerals));
  });
});
