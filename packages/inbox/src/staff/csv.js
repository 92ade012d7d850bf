/**
 * CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Thai as mojibake),
 * CRLF line ends and RFC 4180 quoting. Text that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`, tab, CR first) is prefixed with `'` so it stays text.
 */
export const BOM = '\uFEFF';

export function csvCell(value) {
  if (value === undefined || value === null) return '';
  let text;
  if (typeof value === 'string') text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells) {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/**
 * Columns for one form: its schema's top-level properties in their order; any other
 * keys in the data go, as JSON, into one last column so nothing is lost.
 */
export function dataColumns(schema) {
  const properties = schema && typeof schema === 'object' ? schema.properties : undefined;
  return properties && typeof properties === 'object' ? Object.keys(properties) : [];
}
