/**
 * Thai formats a form checks on top of its JSON Schema: national ID (13 digits with the
 * checksum), phone numbers and postcodes. People write them with spaces, dashes and
 * sometimes Thai digits; `normalise…` turns that into what is sent.
 */
import { isEmailAddress } from '@govkit-th/schemas';

export type ThaiFormatName = 'th-national-id' | 'th-phone' | 'th-postcode' | 'email-or-th-phone';

const THAI_ZERO = 0x0e50;

/** `๐๘๑` → `081`: Thai digits as ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0e50-\u0e59]/g, (digit) => String(digit.charCodeAt(0) - THAI_ZERO));
}

/** `1-2345-67890-12-1` or `1 2345 67890 12 1` → `1234567890121`. */
export function normaliseNationalId(value: string): string {
  return asciiDigits(value).replace(/[\s-]/g, '');
}

/**
 * A Thai national ID: 13 digits whose last is the checksum of the first twelve
 * (each multiplied by 13 down to 2; 11 minus the sum modulo 11, modulo 10).
 */
export function isThaiNationalId(value: string): boolean {
  const digits = normaliseNationalId(value);
  if (!/^\d{13}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 12; index += 1) sum += Number(digits[index]) * (13 - index);
  return (11 - (sum % 11)) % 10 === Number(digits[12]);
}

/** `081-234-5678`, `(036) 507 100`, `+66 81 234 5678` → `0812345678`, `036507100`, `+66812345678`. */
export function normalisePhone(value: string): string {
  return asciiDigits(value).replace(/[\s().-]/g, '');
}

/**
 * A Thai phone number: a landline (0 + 8 digits, e.g. 036 507 100) or a mobile
 * (06, 08, 09 + 8 digits), or the same written from abroad with +66 and no leading 0.
 */
export function isThaiPhone(value: string): boolean {
  const phone = normalisePhone(value);
  return /^0(?:[2-7]\d{7}|[689]\d{8})$/.test(phone) || /^\+66(?:[2-7]\d{7}|[689]\d{8})$/.test(phone);
}

/** `16 000` → `16000`. */
export function normalisePostcode(value: string): string {
  return asciiDigits(value).replace(/\s/g, '');
}

/** A Thai postcode: five digits whose first two name a province (10–96). */
export function isThaiPostcode(value: string): boolean {
  return /^(?:1\d|[2-8]\d|9[0-6])\d{3}$/.test(normalisePostcode(value));
}

/** An email address (the schemas' rule: a dotted domain) or a Thai phone number: how someone can be answered. */
export function isEmailOrThaiPhone(value: string): boolean {
  return isEmailAddress(value) || isThaiPhone(value);
}

interface FormatRule {
  check(value: string): boolean;
  normalise(value: string): string;
  inputmode: string;
  autocomplete?: string;
  type: 'text' | 'tel';
}

const RULES: Record<ThaiFormatName, FormatRule> = {
  'th-national-id': { check: isThaiNationalId, normalise: normaliseNationalId, inputmode: 'numeric', type: 'text' },
  'th-phone': { check: isThaiPhone, normalise: normalisePhone, inputmode: 'tel', autocomplete: 'tel', type: 'tel' },
  'th-postcode': {
    check: isThaiPostcode,
    normalise: normalisePostcode,
    inputmode: 'numeric',
    autocomplete: 'postal-code',
    type: 'text',
  },
  'email-or-th-phone': {
    check: isEmailOrThaiPhone,
    normalise: (value) => value.trim(),
    inputmode: 'email',
    type: 'text',
  },
};

export function isThaiFormat(name: unknown): name is ThaiFormatName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(RULES, name);
}

/** Checks a value against a Thai format; the message key names what went wrong. */
export function checkThaiFormat(name: ThaiFormatName, value: string): string | undefined {
  if (RULES[name].check(value)) return undefined;
  if (name === 'th-national-id' && /^\d{13}$/.test(normaliseNationalId(value))) return 'format-th-national-id-checksum';
  return `format-${name}`;
}

export function normaliseThaiFormat(name: ThaiFormatName, value: string): string {
  return RULES[name].normalise(value);
}

/** The input hints a format implies: `inputmode`, `autocomplete` and the input `type`. */
export function thaiFormatInput(
  name: ThaiFormatName,
): Readonly<Pick<FormatRule, 'inputmode' | 'autocomplete' | 'type'>> {
  return RULES[name];
}
