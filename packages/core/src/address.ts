import type { Lang } from './lang.js';
import { localize, localizedLang, type LocalizedText } from './localized.js';

/** A Thai postal address as the kit's data gives it (contact.json's `address`). */
export interface AddressInput {
  line: LocalizedText;
  subdistrict?: LocalizedText;
  district?: LocalizedText;
  province: LocalizedText;
  postcode?: string;
}

/** The address in its parts, prefixes added, ready to show or to publish as a PostalAddress. */
export interface AddressParts {
  /** The language the address is written in (it decides the order), which may differ from the page's. */
  lang: Lang;
  /** The line and the subdistrict. */
  street: string;
  locality: string;
  region: string;
  postcode: string;
  /** The whole address on one line. */
  text: string;
}

type Level = 'subdistrict' | 'district' | 'province';

/**
 * The words a Thai address puts before each name. Bangkok has แขวง/เขต and no จังหวัด. They
 * are part of the address's format, not words of the page, so they are not in a catalogue.
 */
const PREFIXES: Record<'other' | 'bangkok', Record<Level, string>> = {
  other: { subdistrict: 'ตำบล', district: 'อำเภอ', province: 'จังหวัด' },
  bangkok: { subdistrict: 'แขวง', district: 'เขต', province: '' },
};

const THAI = /[\u0e00-\u0e7f]/;

function isBangkok(province: LocalizedText): boolean {
  const names = typeof province === 'string' ? [province] : [province.th, province.en];
  return names.some((name) => /^\s*(กรุงเทพ|bangkok)/i.test(name ?? ''));
}

/**
 * An address in the reader's language: Thai order with ตำบล/อำเภอ/จังหวัด (แขวง/เขต in
 * Bangkok) unless the data already has them, or English order with commas. The address's own
 * language decides, so a Thai-only address on an English page still reads as a Thai address.
 */
export function formatAddress(address: AddressInput, lang: Lang): AddressParts {
  const province = localize(address.province, lang);
  const written = localizedLang(address.province, lang) ?? (THAI.test(province) ? 'th' : 'en');
  const prefixes = PREFIXES[isBangkok(address.province) ? 'bangkok' : 'other'];
  const part = (level: Level, value: LocalizedText | undefined) => {
    const text = localize(value, lang).trim();
    const prefix = written === 'th' ? prefixes[level] : '';
    return !text || text.startsWith(prefix) ? text : prefix + text;
  };
  const line = localize(address.line, lang).trim();
  const subdistrict = part('subdistrict', address.subdistrict);
  const locality = part('district', address.district);
  const region = part('province', address.province);
  const postcode = address.postcode ?? '';
  const separator = written === 'th' ? ' ' : ', ';
  const text = [[line, subdistrict, locality, region].filter(Boolean).join(separator), postcode]
    .filter(Boolean)
    .join(' ');
  return {
    lang: written,
    street: [line, subdistrict].filter(Boolean).join(separator),
    locality,
    region,
    postcode,
    text,
  };
}
