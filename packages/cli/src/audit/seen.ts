import type { ManifestContentType } from '@govkit-th/schemas';
import { TYPE_OF_TAG } from '../content.js';

/** One kit element as the audit saw it on a page, with what its data holds. */
export interface ElementSeen {
  page: string;
  tag: string;
  type?: ManifestContentType;
  /** `ready`, `empty`, `error`, or `loading` when it never settled. */
  state: string;
  src?: string;
  error?: string;
  /** Entries shown (after the element's own `kind`/`ita` filters). */
  entries: number;
  /** Document kinds among them (`act`, `knowledge`, …). */
  kinds: string[];
  /** Some entry names its Official Information Act section (clause 1.2(1)). */
  oia: boolean;
  /** ITA items the entries are tagged with (`O11`). */
  ita: string[];
  /** The newest date in the data (ISO), for staleness. */
  newest?: string;
  /** The document has a publication record, or every entry has one (clause 3). */
  hasRecord: boolean;
  withoutRecord: number;
  /** Notices without a screening record (clause 4.1). */
  unscreened: number;
  /** The province link a banner strip shows (clause 2.2). */
  provinceLink?: string;
}

/** What the page reports about one element before it is read here. */
export interface RawElement {
  tag: string;
  state: string | null;
  defined: boolean;
  attributes: Record<string, string>;
  data?: string;
  error?: string;
}

type Entry = Record<string, unknown>;
const DATE_FIELDS = ['updatedAt', 'publishedAt', 'modified', 'issued', 'date', 'answeredAt', 'askedAt', 'issuedAt'];
const LIST_FIELDS = ['items', 'services', 'events', 'alerts', 'datasets', 'banners'];

/** Reads an element's data into the facts the clauses and the ITA items are judged on. */
export function readElement(page: string, raw: RawElement): ElementSeen {
  const data = parse(raw.data);
  const entries = filtered(raw, listOf(data));
  const documentRecord = isObject(data) && isObject(data.publication);
  const withoutRecord = documentRecord
    ? 0
    : entries.length
      ? entries.filter((entry) => !isObject(entry.publication)).length
      : data === undefined
        ? 0
        : 1;
  const province = isObject(data) && isObject(data.province) ? data.province.href : undefined;
  return {
    page,
    tag: raw.tag,
    type: TYPE_OF_TAG.get(raw.tag),
    state: raw.defined ? (raw.state ?? 'loading') : 'undefined',
    src: raw.attributes.src,
    error: raw.error,
    entries: entries.length,
    kinds: unique(entries.map((entry) => entry.kind).filter((kind): kind is string => typeof kind === 'string')),
    oia: entries.some((entry) => isObject(entry.oia)),
    ita: unique(entries.flatMap((entry) => (Array.isArray(entry.ita) ? entry.ita.map(String) : []))),
    newest: newestDate(data, entries),
    hasRecord: data !== undefined && withoutRecord === 0,
    withoutRecord,
    unscreened: raw.tag === 'gov-alert' ? entries.filter((entry) => !isObject(entry.screening)).length : 0,
    provinceLink: typeof province === 'string' ? province : undefined,
  };
}

function parse(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The entries of a content document; link groups are flattened. */
function listOf(data: unknown): Entry[] {
  if (!isObject(data)) return [];
  if (Array.isArray(data.groups))
    return data.groups.flatMap((group: unknown) => (isObject(group) && Array.isArray(group.items) ? group.items : []));
  const field = LIST_FIELDS.find((name) => Array.isArray(data[name]));
  return field ? (data[field] as unknown[]).filter(isObject) : [];
}

/** `gov-document-list kind="act order"` and `ita="O11"` show only part of the file. */
function filtered(raw: RawElement, entries: Entry[]): Entry[] {
  if (raw.tag !== 'gov-document-list') return entries;
  const kinds = raw.attributes.kind?.split(/\s+/).filter(Boolean);
  const ita = raw.attributes.ita?.split(/\s+/).filter(Boolean);
  return entries.filter(
    (entry) =>
      (!kinds?.length || kinds.includes(String(entry.kind))) &&
      (!ita?.length || (Array.isArray(entry.ita) && entry.ita.some((id) => ita.includes(String(id))))),
  );
}

function newestDate(data: unknown, entries: Entry[]): string | undefined {
  const candidates: unknown[] = [];
  const collect = (record: unknown) => {
    if (!isObject(record)) return;
    for (const field of DATE_FIELDS) candidates.push(record[field]);
    if (isObject(record.publication)) collect(record.publication);
  };
  collect(data);
  entries.forEach(collect);
  const dates = candidates.filter(
    (value): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value)),
  );
  return dates.sort((a, b) => Date.parse(b) - Date.parse(a))[0];
}

const unique = <T>(values: T[]) => [...new Set(values)];
