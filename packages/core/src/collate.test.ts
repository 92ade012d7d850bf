import { expect } from '@open-wc/testing';
import { compareNames } from './collate.js';

// Words shaped like Thai syllables (a leading vowel, consonant clusters, vowels above and below,
// tone marks, final vowels and consonants), mixed with numbers in both digits, spaces and Latin
// words; the same words every run.
const CONSONANTS = 'กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรฤลฦวศษสหฬอฮ';
const LEADING = 'เแโใไ';
const MIDDLE = 'ัิีึืุู็';
const TONES = '่้๊๋์';
const FINAL = 'ะาำๅ';
const LATIN = ['Apple', 'apple', 'ITA', 'pdpa', 'Zoom', 'Service'];

function wordMaker(seed: number) {
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pick = (from: string | string[]) => from[next(from.length)]!;
  const syllable = () =>
    (next(4) === 0 ? pick(LEADING) : '') +
    pick(CONSONANTS) +
    (next(3) === 0 ? pick(CONSONANTS) : '') +
    (next(2) ? pick(MIDDLE) : '') +
    (next(3) === 0 ? pick(TONES) : '') +
    (next(3) === 0 ? pick(FINAL) : '') +
    (next(2) ? pick(CONSONANTS) : '');
  const part = () => {
    const kind = next(12);
    if (kind === 0) return ' ';
    if (kind === 1) return String(next(3000));
    if (kind === 2) return `๒๕${'๐๑๒๓๔๕๖๗๘๙'[next(10)]}`;
    if (kind === 3) return pick(LATIN);
    return syllable();
  };
  return () => Array.from({ length: 1 + next(3) }, part).join('');
}

const REAL = [
  'ข่าวประชาสัมพันธ์',
  'ประกาศ',
  'ข่าวกิจกรรม',
  'ข่าวทั่วไป',
  'จัดซื้อจัดจ้าง',
  'เกษตร',
  'แผนงาน',
  'โครงการ',
  'ใบอนุญาต',
  'ไฟฟ้า',
  'กาว',
  'ก้าว',
  'ก๊าซ',
  'ขาว',
  'ข้าว',
  'เขา',
  'เข้า',
  'นำ',
  'น้ำ',
  'นา',
  'ฤดู',
  'ฤทธิ์',
  'ฤๅษี',
  'รื่น',
  'ลึก',
  'ฦๅ',
  'สำนักงาน',
  'สำนักงาน ป.',
  'สำนักงานจังหวัด',
  'หญิง',
  'เหมือน',
  'ใหม่',
  'ไหม',
  'อ',
  'ฮ',
  'ๆ',
  'ฯลฯ',
  'e-Service',
  'café',
  'ITA 2569',
  'ITA ๒๕๖๙',
];

describe('compareNames: dictionary order without a collator for plain names', () => {
  it('sorts plain Thai names without making an Intl.Collator (first, before any test makes one)', () => {
    const Original = Intl.Collator;
    let made = 0;
    const counting = function (...args: ConstructorParameters<typeof Intl.Collator>) {
      made++;
      return new Original(...args);
    } as unknown as typeof Intl.Collator;
    Intl.Collator = counting;
    try {
      const sorted = ['ประกาศ', 'ข่าวกิจกรรม', 'จัดซื้อจัดจ้าง', 'เกษตร', 'ITA'].sort(compareNames('th'));
      expect(sorted).to.deep.equal(['เกษตร', 'ข่าวกิจกรรม', 'จัดซื้อจัดจ้าง', 'ประกาศ', 'ITA']);
      expect(made).to.equal(0);
      // Names that differ only in a tone mark need the real thing.
      expect(['ข้าว', 'ขาว'].sort(compareNames('th'))).to.deep.equal(['ขาว', 'ข้าว']);
      expect(made).to.equal(1);
    } finally {
      Intl.Collator = Original;
    }
  });

  for (const lang of ['th', 'en'] as const) {
    it(`gives ICU's order (${lang}) for real names, signs it does not cover and ties`, () => {
      const icu = new Intl.Collator(lang);
      expect([...REAL].sort(compareNames(lang))).to.deep.equal([...REAL].sort(icu.compare));
    });

    it(`gives ICU's order (${lang}) over 1,500 syllable-shaped words, pair by pair`, () => {
      const icu = new Intl.Collator(lang);
      const compare = compareNames(lang);
      const next = wordMaker(lang === 'th' ? 7 : 11);
      const words = Array.from({ length: 1500 }, next);
      const wrong: string[] = [];
      for (let i = 0; i < words.length; i += 1) {
        for (let j = i + 1; j < words.length; j += 7) {
          if (Math.sign(compare(words[i]!, words[j]!)) !== Math.sign(icu.compare(words[i]!, words[j]!)))
            wrong.push(`${words[i]} | ${words[j]}`);
        }
      }
      expect(wrong.slice(0, 5)).to.deep.equal([]);
      expect([...words].sort(compare)).to.deep.equal([...words].sort(icu.compare));
    });
  }
});
