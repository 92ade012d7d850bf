/**
 * CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Thai as mojibake),
 * CRLF line ends and RFC 4180 quoting. Text a spreadsheet could run as a formula is
 * prefixed with `'` so it stays text: `=`, `+`, `-`, `@`, the full-width `＝＋－＠`, and
 * tab, CR, LF or a space before any of them. A cell holding `;` is quoted too, since
 * Excel in many locales splits on `;`.
 */
export const BOM = '\uFEFF';

const FORMULA = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text: string;
  if (typeof value === 'string') text = FORMULA.test(value) ? `'${value}` : value;
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
