import type { JsonSchema, RegisteredForm } from '../../forms.js';
import { html, type SafeHtml } from '../html.js';
import { formatDateTime, type Lang, type Translate } from '../i18n.js';
import { localized } from '../context.js';

type Value = unknown;

/**
 * A submission as the citizen's form showed it: each field under its label, a choice
 * under its title, yes/no for a tick box, a Thai address in Thai order, dates in the
 * Buddhist era, a repeatable group as a table. No JSON, no field ids.
 */
export function dataTable(
  t: Translate,
  lang: Lang,
  data: Record<string, Value>,
  form: RegisteredForm | undefined,
): SafeHtml {
  const properties: Record<string, JsonSchema> = form?.schema?.properties ?? {};
  const keys = inFormOrder(data, properties);
  return html`<div class="table-wrap"><table class="answers">
<thead><tr><th scope="col">${t('col-field')}</th><th scope="col">${t('col-value')}</th></tr></thead>
<tbody>${keys.map(
    (key) =>
      html`<tr><th scope="row">${rowLabel(t, form, key, properties[key], data[key], lang)}</th><td>${value(t, lang, data[key], properties[key], form, `/${key}`)}</td></tr>`,
  )}</tbody></table></div>`;
}

/** The form's fields in its order, then any others: data is stored with its keys sorted. */
function inFormOrder(object: Record<string, Value>, properties: Record<string, JsonSchema>): string[] {
  return [...new Set([...Object.keys(properties).filter((key) => key in object), ...Object.keys(object)])];
}

/** A top-level row's label; an unlabelled address is "ที่อยู่" (its parts carry the labels). */
function rowLabel(
  t: Translate,
  form: RegisteredForm | undefined,
  key: string,
  schema: JsonSchema | undefined,
  item: Value,
  lang: Lang,
): string {
  const labelled = localized(form?.labels?.get(`/${key}`), lang) ?? localized(schema?.title, lang);
  if (labelled) return labelled;
  if (item && typeof item === 'object' && !Array.isArray(item) && looksLikeAddress(item as Record<string, Value>))
    return t('address');
  return humanize(key);
}

function label(
  form: RegisteredForm | undefined,
  pointer: string,
  schema: JsonSchema | undefined,
  key: string,
  lang: Lang,
): string {
  return localized(form?.labels?.get(pointer), lang) ?? localized(schema?.title, lang) ?? humanize(key);
}

/** `deliveryMethod` → `delivery method`: the last resort for a field with no label. */
function humanize(key: string): string {
  return key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
}

function value(
  t: Translate,
  lang: Lang,
  item: Value,
  schema: JsonSchema | undefined,
  form: RegisteredForm | undefined,
  pointer: string,
): SafeHtml | string {
  if (item === null || item === undefined || item === '') return '-';
  if (typeof item === 'boolean') return t(item ? 'yes' : 'no');
  if (typeof item === 'string' || typeof item === 'number') {
    return html`<span class="value">${choiceTitle(item, schema, lang, form?.choices?.get(pointer)) ?? dateText(item, schema, lang)}</span>`;
  }
  if (Array.isArray(item)) {
    const itemSchema: JsonSchema | undefined = schema?.items;
    if (item.every((entry) => entry !== null && typeof entry === 'object' && !Array.isArray(entry))) {
      return groupTable(t, lang, item as Record<string, Value>[], itemSchema, form, `${pointer}/*`);
    }
    const options = form?.choices?.get(pointer);
    return html`<ul>${item.map((entry) => html`<li>${typeof entry === 'string' || typeof entry === 'number' ? (choiceTitle(entry, itemSchema, lang, options) ?? String(entry)) : value(t, lang, entry, itemSchema, form, `${pointer}/*`)}</li>`)}</ul>`;
  }
  const object = item as Record<string, Value>;
  if (looksLikeAddress(object)) return html`<span class="value">${thaiAddress(object)}</span>`;
  const properties: Record<string, JsonSchema> = schema?.properties ?? {};
  const keys = inFormOrder(object, properties);
  return html`<dl class="nested">${keys.map(
    (key) =>
      html`<dt>${label(form, `${pointer}/${key}`, properties[key], key, lang)}</dt><dd>${value(t, lang, object[key], properties[key], form, `${pointer}/${key}`)}</dd>`,
  )}</dl>`;
}

function groupTable(
  t: Translate,
  lang: Lang,
  rows: Record<string, Value>[],
  schema: JsonSchema | undefined,
  form: RegisteredForm | undefined,
  pointer: string,
): SafeHtml {
  const properties: Record<string, JsonSchema> = schema?.properties ?? {};
  const columns = [...new Set([...Object.keys(properties), ...rows.flatMap((row) => Object.keys(row))])].filter((key) =>
    rows.some((row) => key in row),
  );
  return html`<div class="table-wrap"><table class="group">
<thead><tr><th scope="col">#</th>${columns.map((key) => html`<th scope="col">${label(form, `${pointer}/${key}`, properties[key], key, lang)}</th>`)}</tr></thead>
<tbody>${rows.map(
    (row, index) =>
      html`<tr><td>${index + 1}</td>${columns.map((key) => html`<td>${value(t, lang, row[key], properties[key], form, `${pointer}/${key}`)}</td>`)}</tr>`,
  )}</tbody></table></div>`;
}

/** The title of a choice: the layout's `options`, `oneOf`/`anyOf` of `{ const, title }`, or `enum` with `x-enumTitles`. */
export function choiceTitle(
  item: string | number,
  schema: JsonSchema | undefined,
  lang: Lang,
  options?: { value: unknown; label: unknown }[],
): string | undefined {
  const option = options?.find((o) => o.value === item);
  if (option) return localized(option.label, lang);
  if (!schema) return undefined;
  for (const option of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])] as JsonSchema[]) {
    if (option?.const === item) return localized(option.title, lang);
  }
  const titles = schema['x-enumTitles'] ?? schema.enumTitles;
  if (Array.isArray(schema.enum) && Array.isArray(titles)) {
    const index = schema.enum.indexOf(item);
    if (index >= 0) return localized(titles[index], lang);
  }
  return undefined;
}

/** `2025-11-26` → `26 พ.ย. 2568`, a date-time in Bangkok time; anything else as it is. */
function dateText(item: string | number, schema: JsonSchema | undefined, lang: Lang): string {
  if (typeof item !== 'string') return String(item);
  if (schema?.format === 'date' || /^\d{4}-\d{2}-\d{2}$/.test(item)) {
    const date = new Date(`${item}T00:00:00+07:00`);
    if (!Number.isNaN(date.getTime())) return DATE[lang].format(date);
  }
  if (schema?.format === 'date-time') return formatDateTime(item, lang);
  return item;
}

const DATE = {
  th: new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { timeZone: 'Asia/Bangkok', dateStyle: 'medium' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Bangkok', dateStyle: 'medium' }),
};

const ADDRESS_ORDER: [string, string][] = [
  ['houseNo', ''],
  ['line', ''],
  ['moo', 'หมู่ '],
  ['soi', 'ซอย '],
  ['road', 'ถนน'],
  ['street', 'ถนน'],
  ['subdistrict', 'ตำบล'],
  ['tambon', 'ตำบล'],
  ['district', 'อำเภอ'],
  ['amphoe', 'อำเภอ'],
  ['province', 'จังหวัด'],
  ['postcode', ''],
  ['postalCode', ''],
];

function looksLikeAddress(object: Record<string, Value>): boolean {
  return 'postcode' in object || 'postalCode' in object || 'province' in object;
}

/** A Thai address on one line, in Thai order: house, moo, soi, road, tambon, amphoe, province, postcode. */
export function thaiAddress(address: Record<string, Value>): string {
  return ADDRESS_ORDER.filter(([key]) => address[key] !== undefined && address[key] !== '')
    .map(([key, prefix]) => {
      const text = String(address[key]);
      return prefix && !text.startsWith(prefix.trim()) ? `${prefix}${text}` : text;
    })
    .join(' ');
}
