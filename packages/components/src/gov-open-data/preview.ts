/**
 * Previews of a dataset's files, loaded only when a person asks for one: the capped
 * download, the charset, and the readers for CSV, JSON and KML.
 */
import { decodeText, parseXml, plainText } from '@govkit-th/core';

/** A table of the first rows of a CSV or JSON file. */
export interface TablePreview {
  kind: 'table';
  columns: string[];
  rows: string[][];
  /** Rows in the part of the file that was read. */
  total: number;
}

export interface Place {
  name: string;
  description: string;
  /** `latitude, longitude` of a point; empty for lines and shapes. */
  position: string;
}

/** The placemarks of a KML file. */
export interface PlacesPreview {
  kind: 'places';
  places: Place[];
  total: number;
}

export type Preview = (TablePreview | PlacesPreview) & {
  /** Only the start of the file was read (it is larger than the cap). */
  partial: boolean;
  /** The file's size when the server said it. */
  fileBytes?: number;
};

/** Why a preview could not be shown; the element shows `preview-<reason>`. */
export type PreviewReason = 'http' | 'network' | 'timeout' | 'too-large' | 'malformed' | 'empty';

export class PreviewError extends Error {
  constructor(
    readonly reason: PreviewReason,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface PreviewRequest {
  url: string;
  format: string;
  /** The resource's declared charset (`TIS-620`), if any. */
  encoding?: string;
  signal: AbortSignal;
  maxBytes: number;
  maxRows: number;
}

/** The formats a preview can be made of. */
export const PREVIEW_FORMATS = ['CSV', 'TSV', 'JSON', 'KML'];

interface Download {
  bytes: Uint8Array;
  contentType: string;
  partial: boolean;
  fileBytes?: number;
}

/**
 * Reads at most `maxBytes` of the body and then stops the download, so a 50 MB file costs
 * 2 MB. A Content-Length above the cap is known before any byte is read: formats that
 * cannot be read in part (JSON, KML) give up at once.
 */
async function download(request: PreviewRequest, wholeOnly: boolean): Promise<Download> {
  let response: Response;
  try {
    response = await fetch(request.url, { signal: request.signal, credentials: 'same-origin' });
  } catch (cause) {
    if (request.signal.aborted) throw new PreviewError('timeout', `${request.url} took too long`);
    throw new PreviewError('network', `${request.url}: ${(cause as Error).message}`);
  }
  if (!response.ok) throw new PreviewError('http', `${request.url} answered ${response.status}`, response.status);
  const declared = Number(response.headers.get('content-length')) || undefined;
  if (wholeOnly && declared && declared > request.maxBytes) {
    void response.body?.cancel();
    throw new PreviewError('too-large', `${request.url} is ${declared} bytes`);
  }
  const { bytes, partial } = await readCapped(response, request);
  if (wholeOnly && partial) throw new PreviewError('too-large', `${request.url} is over ${request.maxBytes} bytes`);
  return {
    bytes,
    partial,
    contentType: response.headers.get('content-type') ?? '',
    fileBytes: declared,
  };
}

async function readCapped(response: Response, request: PreviewRequest) {
  const reader = response.body!.getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  let partial = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      length += value.length;
      if (length > request.maxBytes) {
        partial = true;
        await reader.cancel();
        break;
      }
    }
  } catch (cause) {
    if (request.signal.aborted) throw new PreviewError('timeout', `${request.url} took too long`);
    throw new PreviewError('network', `${request.url}: ${(cause as Error).message}`);
  }
  const bytes = new Uint8Array(Math.min(length, request.maxBytes));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part.subarray(0, bytes.length - offset), offset);
    offset += Math.min(part.length, bytes.length - offset);
  }
  return { bytes, partial };
}

/** The bytes up to the last line break: a row cut in half is not shown (0x0A is never inside a Thai character). */
function wholeLines(bytes: Uint8Array): Uint8Array {
  const end = bytes.lastIndexOf(0x0a);
  return end > 0 ? bytes.subarray(0, end + 1) : bytes;
}

function labelled(contentType: string, encoding?: string): string {
  return encoding ? `text/plain; charset=${encoding}` : contentType;
}

/** Downloads (capped) and reads one file for its preview. */
export async function loadPreview(request: PreviewRequest): Promise<Preview> {
  const format = request.format.toUpperCase();
  const file = await download(request, format === 'JSON' || format === 'KML');
  const bytes = file.partial ? wholeLines(file.bytes) : file.bytes;
  // Unlabelled Thai CSV is TIS-620 (windows-874 is its superset) when it is not UTF-8.
  const text = decodeText(bytes, labelled(file.contentType, request.encoding), 'windows-874');
  if (text.includes('\u0000')) throw new PreviewError('malformed', 'binary data, not text');
  const body =
    format === 'JSON'
      ? jsonTable(text, request.maxRows)
      : format === 'KML'
        ? places(text, request.maxRows)
        : await csvTable(text, request.maxRows);
  return { ...body, partial: file.partial, fileBytes: file.fileBytes };
}

async function csvTable(text: string, maxRows: number): Promise<TablePreview> {
  const { parseCsv } = await import('./csv.js');
  let parsed;
  try {
    parsed = await parseCsv(text, maxRows);
  } catch (cause) {
    throw new PreviewError('malformed', (cause as Error).message);
  }
  const [header = [], ...rows] = parsed.rows;
  if (header.length === 0) throw new PreviewError('empty', 'no rows');
  return { kind: 'table', columns: header, rows, total: parsed.total };
}

/** The first list of records in a JSON document: the document itself, or a property (CKAN's `result.records`). */
function recordsIn(value: unknown, depth = 0): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (depth > 2 || !value || typeof value !== 'object') return undefined;
  for (const inner of Object.values(value)) {
    const found = recordsIn(inner, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

function jsonTable(text: string, maxRows: number): TablePreview {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new PreviewError('malformed', (cause as Error).message);
  }
  const records = recordsIn(document);
  if (!records?.length) throw new PreviewError('empty', 'no list of records');
  const shown = records.slice(0, maxRows);
  const isRecord = (item: unknown): item is Record<string, unknown> =>
    Boolean(item) && typeof item === 'object' && !Array.isArray(item);
  const columns = shown.every(isRecord) ? [...new Set(shown.flatMap((item) => Object.keys(item)))] : ['value'];
  const rows = shown.map((item) => (isRecord(item) ? columns.map((name) => cellText(item[name])) : [cellText(item)]));
  return { kind: 'table', columns, rows, total: records.length };
}

function childText(parent: Element, name: string): string {
  return parent.getElementsByTagNameNS('*', name)[0]?.textContent?.trim() ?? '';
}

function places(text: string, maxRows: number): PlacesPreview {
  let document: Document;
  try {
    document = parseXml(text);
  } catch (cause) {
    throw new PreviewError('malformed', (cause as Error).message);
  }
  const marks = Array.from(document.getElementsByTagNameNS('*', 'Placemark'));
  if (marks.length === 0) throw new PreviewError('empty', 'no placemarks');
  const list = marks.slice(0, maxRows).map((mark) => {
    const point = mark.getElementsByTagNameNS('*', 'Point')[0];
    const [longitude, latitude] = (point ? childText(point, 'coordinates') : '').split(',');
    return {
      name: childText(mark, 'name'),
      description: plainText(childText(mark, 'description')),
      position: latitude && longitude ? `${latitude.trim()}, ${longitude.trim()}` : '',
    };
  });
  return { kind: 'places', places: list, total: marks.length };
}

export { previewStrings, renderPreview } from './preview-view.js';
