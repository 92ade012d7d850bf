import type ExcelJS from 'exceljs';
import { once } from 'node:events';
import type { JsonSchema, RegisteredForm } from '../../forms.js';
import type { Submission } from '../../store/index.js';
import { BOM, DigitsAsText, csvLine, keepDigits } from '../csv.js';
import { entry, localized, type Ctx, type SignedIn } from '../context.js';
import { formatDateTime } from '../i18n.js';
import { filterOf } from './submissions.js';
import { choiceTitle, thaiAddress } from './render-data.js';

/** The export's columns: the form's fields under its labels, in the schema's order. */
interface Column {
  key: string;
  label: string;
  schema: JsonSchema;
  options?: { value: unknown; label: unknown }[];
}

function columnsOf(ctx: Ctx, form: RegisteredForm | undefined): Column[] {
  const properties: Record<string, JsonSchema> = form?.schema?.properties ?? {};
  return Object.entries(properties).map(([key, schema]) => ({
    key,
    label: localized(form?.labels?.get(`/${key}`), ctx.lang) ?? localized(schema?.title, ctx.lang) ?? key,
    schema,
    options: form?.choices?.get(`/${key}`),
  }));
}

/** One cell: choice titles, yes/no, Thai addresses, groups flattened; digits kept as text. */
function cellValue(ctx: Ctx, item: unknown, schema: JsonSchema | undefined, options?: Column['options']): unknown {
  if (item === undefined || item === null) return '';
  if (typeof item === 'boolean') return ctx.t(item ? 'yes' : 'no');
  if (typeof item === 'string' || typeof item === 'number')
    return choiceTitle(item, schema, ctx.lang, options) ?? keepDigits(item);
  if (Array.isArray(item)) {
    const title = (entry: unknown) =>
      typeof entry === 'string' || typeof entry === 'number'
        ? (choiceTitle(entry, schema?.items, ctx.lang, options) ?? String(entry))
        : '';
    return item
      .map((entry) => (entry && typeof entry === 'object' ? Object.values(entry).join(' / ') : title(entry)))
      .join('; ');
  }
  const object = item as Record<string, unknown>;
  return 'postcode' in object || 'province' in object ? thaiAddress(object) : Object.values(object).join(' ');
}

/** Every matching submission, page by page (so a large export holds one page at a time). */
async function* pages(ctx: SignedIn): AsyncGenerator<Submission[]> {
  const filter = filterOf(ctx);
  let after: { receivedAt: string; id: string } | undefined;
  for (;;) {
    const rows = await ctx.deps.store.exportSubmissions({
      formId: filter.formId || undefined,
      ...filter.range,
      after,
      limit: 500,
    });
    if (rows.length === 0) return;
    yield rows;
    const last = rows[rows.length - 1]!;
    after = { receivedAt: last.receivedAt, id: last.id };
  }
}

async function audited(
  ctx: SignedIn,
  format: string,
): Promise<{ formId: string; form?: RegisteredForm; stamp: string }> {
  const filter = filterOf(ctx);
  await ctx.deps.store.addAudit(
    entry(ctx, 'submissions.export', undefined, {
      formId: filter.formId || undefined,
      from: filter.from || undefined,
      to: filter.to || undefined,
      format,
    }),
  );
  return {
    formId: filter.formId,
    form: filter.formId ? ctx.deps.forms.get(filter.formId) : undefined,
    stamp: new Date().toISOString().slice(0, 10).replaceAll('-', ''),
  };
}

/** CSV for Excel, streamed: labels as headers, Bangkok Buddhist-era times, digits kept as text. */
export async function exportCsv(ctx: SignedIn): Promise<void> {
  const { t, lang } = ctx;
  const { formId, form, stamp } = await audited(ctx, 'csv');
  const columns = formId ? columnsOf(ctx, form) : [];
  const fixed = [t('col-receipt'), t('col-received'), t('col-submitted'), t('col-form'), t('col-version')];
  const header = formId
    ? [...fixed, ...columns.map((c) => c.label), t('col-other')]
    : [...fixed, t('col-kind'), t('col-value')];
  const res = ctx.reply.raw;
  ctx.reply.hijack();
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="submissions-${formId || 'all'}-${stamp}.csv"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'",
  });
  if (ctx.request.method === 'HEAD') {
    res.end();
    return;
  }
  res.write(BOM + csvLine(header));
  const known = new Set(columns.map((c) => c.key));
  for await (const rows of pages(ctx)) {
    let chunk = '';
    for (const row of rows) {
      const base = [
        row.receipt,
        formatDateTime(row.receivedAt, lang),
        formatDateTime(row.submittedAt, lang),
        row.formId,
        row.formVersion,
      ];
      if (formId) {
        const other = Object.fromEntries(Object.entries(row.data).filter(([key]) => !known.has(key)));
        chunk += csvLine([
          ...base,
          ...columns.map((c) => cellValue(ctx, row.data[c.key], c.schema, c.options)),
          Object.keys(other).length ? other : '',
        ]);
      } else chunk += csvLine([...base, t(`kind-${row.kind}`), row.data]);
    }
    if (res.destroyed) return;
    if (!res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
  }
  res.end();
}

/** Bangkok wall time as a spreadsheet date (spreadsheets have no time zones). */
function bangkokDate(iso: string): Date {
  return new Date(Date.parse(iso) + 7 * 3_600_000);
}

/** Thai Buddhist-era calendar (107) in the Thai locale (041E): `26 พ.ย. 2568 10:30`. */
const BUDDHIST_DATE_TIME = '[$-107041E]d mmm yyyy hh:mm';

/**
 * The same export as an Excel workbook (exceljs): typed cells (dates are dates, numbers
 * numbers, IDs and phone numbers text), repeatable groups on a sheet of their own each.
 */
export async function exportXlsx(ctx: SignedIn): Promise<void> {
  const { t, lang } = ctx;
  const { formId, form, stamp } = await audited(ctx, 'xlsx');
  const columns = formId ? columnsOf(ctx, form) : [];
  const groups = columns.filter((c) => c.schema?.type === 'array' && c.schema?.items?.type === 'object');
  // Loaded on the first .xlsx export, not at start: it is large and most runs never need it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet(t('submissions-title').slice(0, 31));
  const fixed = [t('col-receipt'), t('col-received'), t('col-submitted'), t('col-form'), t('col-version')];
  sheet.addRow(formId ? [...fixed, ...columns.map((c) => c.label)] : [...fixed, t('col-kind')]).font = { bold: true };
  sheet.getColumn(2).numFmt = BUDDHIST_DATE_TIME;
  sheet.getColumn(3).numFmt = BUDDHIST_DATE_TIME;
  const groupSheets = new Map(groups.map((g) => [g.key, workbook.addWorksheet(g.label.slice(0, 31))]));
  for await (const rows of pages(ctx)) {
    for (const row of rows) {
      const base = [
        row.receipt,
        bangkokDate(row.receivedAt),
        bangkokDate(row.submittedAt),
        localized(form?.title, lang) ?? row.formId,
        row.formVersion,
      ];
      const cells = formId
        ? columns.map((c) => xlsxCell(ctx, row.data[c.key], c.schema, c.options))
        : [t(`kind-${row.kind}`)];
      const added = sheet.addRow([...base, ...cells]);
      added.eachCell((cell) => {
        if (typeof cell.value === 'string' && /^\+?\d+$/.test(cell.value)) cell.numFmt = '@';
      });
      for (const group of groups) addGroupRows(ctx, groupSheets.get(group.key)!, row, group, form);
    }
  }
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  ctx.reply
    .code(200)
    .headers({
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="submissions-${formId || 'all'}-${stamp}.xlsx"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    })
    .send(buffer);
}

function xlsxCell(
  ctx: Ctx,
  item: unknown,
  schema: JsonSchema | undefined,
  options?: Column['options'],
): string | number {
  const value = cellValue(ctx, item, schema, options);
  if (value instanceof DigitsAsText) return value.digits;
  if (typeof value === 'number') return value;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A repeatable group on its own sheet: one row per item, with the submission's receipt number. */
function addGroupRows(
  ctx: Ctx,
  sheet: ExcelJS.Worksheet,
  row: Submission,
  group: Column,
  form: RegisteredForm | undefined,
): void {
  const items = row.data[group.key];
  const properties: Record<string, JsonSchema> = group.schema.items?.properties ?? {};
  const label = (key: string, s: JsonSchema) =>
    localized(form?.labels?.get(`/${group.key}/*/${key}`), ctx.lang) ?? localized(s?.title, ctx.lang) ?? key;
  if (sheet.rowCount === 0)
    sheet.addRow([ctx.t('col-receipt'), '#', ...Object.entries(properties).map(([key, s]) => label(key, s))]).font = {
      bold: true,
    };
  if (!Array.isArray(items)) return;
  items.forEach((item, index) => {
    const object = (item ?? {}) as Record<string, unknown>;
    sheet.addRow([
      row.receipt,
      index + 1,
      ...Object.entries(properties).map(([key, s]) => xlsxCell(ctx, object[key], s)),
    ]);
  });
}
