import { html, nothing, type TemplateResult } from 'lit';
import type { Preview, PreviewReason, TablePreview } from './preview.js';

/** A file's preview as the element keeps it: loading, shown (with its sort order) or failed. */
export type PreviewState =
  | { status: 'loading' }
  | { status: 'ready'; preview: Preview; column?: number; descending?: boolean }
  | { status: 'error'; reason: PreviewReason; code?: number };

/** What the view needs from the element. */
export interface PreviewContext {
  t(key: string, params?: Record<string, string | number>): string;
  /** The preview's byte cap in the reader's words (`2 เมกะไบต์`). */
  cap: string;
  /** The file's title, for the table's caption. */
  title: string;
  sort(column: number): void;
}

/**
 * The preview's messages: they load with the preview and join the element's catalogue, so a
 * page overrides them as any other. `preview-loading` and `preview-network` stay in the
 * element's own catalogue: they are needed before this chunk has arrived, or when it cannot.
 */
const th = {
  'preview-caption': 'ตัวอย่างข้อมูลจาก {title}',
  'preview-rows': 'แสดง {shown}\u00a0แถวแรกจากทั้งหมด {total}\u00a0แถว',
  'preview-rows-all': 'ทั้งหมด {total}\u00a0แถว',
  'preview-partial': 'ไฟล์นี้ใหญ่กว่า {read} จึงแสดงเพียง {shown}\u00a0แถวแรกจากส่วนต้นของไฟล์ ดาวน์โหลดไฟล์เพื่อดูข้อมูลทั้งหมด',
  'preview-places': 'แสดง {shown}\u00a0จุดจากทั้งหมด {total}\u00a0จุด',
  position: 'พิกัด (ละติจูด, ลองจิจูด)',
  'sort-hint': 'กดที่หัวคอลัมน์เพื่อเรียงข้อมูล',
  'preview-http': 'แสดงตัวอย่างไม่ได้ เซิร์ฟเวอร์ตอบกลับด้วยรหัส {code} ลองดาวน์โหลดไฟล์แทน',
  'preview-timeout': 'การโหลดตัวอย่างข้อมูลใช้เวลานานเกินไป กรุณาลองอีกครั้ง หรือดาวน์โหลดไฟล์แทน',
  'preview-too-large': 'ไฟล์ใหญ่กว่า {read} จึงแสดงตัวอย่างไม่ได้ ดาวน์โหลดไฟล์เพื่อเปิดด้วยโปรแกรมของท่าน',
  'preview-malformed': 'ไฟล์นี้มีรูปแบบไม่ถูกต้อง จึงแสดงตัวอย่างไม่ได้ ดาวน์โหลดไฟล์เพื่อเปิดด้วยโปรแกรมของท่าน',
  'preview-empty': 'ไฟล์นี้ไม่มีข้อมูลให้แสดงตัวอย่าง',
};

const en = {
  'preview-caption': 'Preview of {title}',
  'preview-rows': 'Showing the first {shown} of {total}\u00a0rows',
  'preview-rows-all': '{total}\u00a0rows',
  'preview-partial':
    'This file is larger than {read}, so only the first {shown}\u00a0rows from its start are shown. Download the file to see all the data.',
  'preview-places': 'Showing {shown} of {total}\u00a0places',
  position: 'Position (latitude, longitude)',
  'sort-hint': 'Press a column heading to sort.',
  'preview-http': 'The preview cannot be shown: the server answered with status {code}. Download the file instead.',
  'preview-timeout': 'The preview took too long to load. Try again, or download the file instead.',
  'preview-too-large':
    'The file is larger than {read}, too large to preview. Download it to open it in your own program.',
  'preview-malformed': 'This file is malformed, so it cannot be previewed. Download it to open it in your own program.',
  'preview-empty': 'This file has no data to preview.',
} satisfies Record<keyof typeof th, string>;

export const previewStrings = { th, en };

const NUMBER = /^-?[\d,]*\.?\d+$/;
/**
 * Thai-aware ordering of text; numbers inside text in numeric order (อำเภอ 2 before อำเภอ 10).
 * Made at the first sort, not when the chunk loads: the first collator loads ICU's collation
 * data, a long task on a phone (issue 13).
 */
let collator: Intl.Collator | undefined;

/** The preview area's content once loaded: a message, a sortable table or a list of places. */
export function renderPreview(state: PreviewState & { status: 'ready' | 'error' }, c: PreviewContext): unknown {
  if (state.status === 'error')
    return html`<p class="preview-message" role="alert">${c.t(`preview-${state.reason}`, { code: state.code ?? '', read: c.cap })}</p>`;
  const preview = state.preview;
  if (preview.kind === 'places') {
    return html`<p class="meta">${c.t('preview-places', { shown: preview.places.length, total: preview.total })}</p>
      <ul class="places">
        ${preview.places.map(
          (place) =>
            html`<li><strong>${place.name}</strong> ${place.description ? html`<span>${place.description}</span>` : nothing}
            ${place.position ? html`<span class="meta">${c.t('position')}: ${place.position}</span>` : nothing}</li>`,
        )}
      </ul>`;
  }
  return renderTable(preview, state, c);
}

function renderTable(
  preview: TablePreview & { partial: boolean },
  state: PreviewState & { status: 'ready' },
  c: PreviewContext,
): TemplateResult {
  const shown = preview.rows.length;
  const summary = preview.partial
    ? c.t('preview-partial', { read: c.cap, shown })
    : c.t(shown < preview.total ? 'preview-rows' : 'preview-rows-all', { shown, total: preview.total });
  const caption = c.t('preview-caption', { title: c.title });
  return html`<p class="meta">${summary} ${c.t('sort-hint')}</p>
    <div class="table-scroll" tabindex="0" role="region" aria-label=${caption}>
      <table>
        <caption class="visually-hidden">${caption}</caption>
        <thead>
          <tr>
            ${preview.columns.map((name, column) => {
              const order = state.column === column ? (state.descending ? 'descending' : 'ascending') : 'none';
              // The GOV.UK sortable-table pattern: a button inside `th`, `aria-sort` on `th`.
              return html`<th scope="col" aria-sort=${order}>
                <button type="button" class="sort" @click=${() => c.sort(column)}>${name}</button>
              </th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${sortedRows(preview.rows, state).map(
            (row) => html`<tr>${preview.columns.map((_, column) => html`<td>${row[column] ?? ''}</td>`)}</tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

/** Rows in the chosen order: numerically when every cell of the column is a number, else in Thai order. */
function sortedRows(rows: string[][], state: { column?: number; descending?: boolean }): string[][] {
  const column = state.column;
  if (column === undefined) return rows;
  const cells = rows.map((row) => (row[column] ?? '').trim());
  const numeric = cells.every((cell) => cell === '' || NUMBER.test(cell));
  const value = (cell: string) => Number(cell.replace(/,/g, ''));
  const compare = numeric
    ? (a: string, b: string) => value(a) - value(b)
    : (collator ??= new Intl.Collator('th', { numeric: true })).compare;
  const order = rows.map((row, index) => ({ row, cell: cells[index]! })).sort((a, b) => compare(a.cell, b.cell));
  if (state.descending) order.reverse();
  return order.map((entry) => entry.row);
}
