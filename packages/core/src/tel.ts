/**
 * The `tel:` URL for a phone number as Thai sites write it (`0 3650 7100`,
 * `036-507-100 ต่อ 12`, `+66 36 507 100`): the number in E.164 (`+6636507100`), which
 * dials from any phone, in Thailand or abroad, with an RFC 3966 extension
 * (`;ext=12`). A leading 0 is the national trunk prefix and becomes `+66`.
 * `undefined` when there is nothing to dial.
 */
export function telHref(number: string, countryCode = '66'): string | undefined {
  const [main, extension] = number.split(/\s*(?:ต่อ|ext\.?|x)\s*/i);
  const digits = main.replace(/\D/g, '');
  if (digits === '') return undefined;
  const international = main.trim().startsWith('+')
    ? `+${digits}`
    : digits.startsWith('0')
      ? `+${countryCode}${digits.slice(1)}`
      : digits;
  const ext = extension?.replace(/\D/g, '');
  return `tel:${international}${ext ? `;ext=${ext}` : ''}`;
}
