/**
 * CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Thai as mojibake),
 * CRLF line ends and RFC 4180 quoting. Text a spreadsheet could run as a formula is
 * prefixed with `'` so it stays text: `=`, `+`, `-`, `@`, the full-width `＝＋－＠`, and
 * tab, CR, LF or a space before any of them. A cell holding `;` is quoted too, since
 * Excel in many locales splits on `;`.
 */
export const BOM = '\uFEFF';

const FORMULA = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;
const LOOKS_NUMERIC = /^\+?\d{2,}$/;

/**
 * Digits Excel would turn into a number (a national ID into `1.1E+12`, a phone number
 * without its leading 0), written as `="0812345678"`, which Excel shows as that text.
 * Only ever digits inside, so it cannot carry a formula of the sender's.
 */
export class DigitsAsText {
  constructor(readonly digits: string) {}
}

/** Digits a spreadsheet would mangle, marked to stay text; anything else as it is. */
export function keepDigits(value: unknown): unknown {
  const mangled =
    typeof value === 'string' &&
    LOOKS_NUMERIC.test(value) &&
    (value.startsWith('0') || value.startsWith('+') || value.length >= 11);
  return mangled ? new DigitsAsText(value) : value;
}

export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (value instanceof DigitsAsText) return `"=""${value.digits}"""`;
  let text: string;
  if (typeof value === 'string') text = FORMULA.test(value) ? `'${value}` : value;
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
