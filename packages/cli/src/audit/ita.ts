import { readFile } from 'node:fs/promises';
import type { Lang, ManifestContentType } from '@govkit-th/schemas';
import { say } from '../words.js';
import type { Evidence } from './evaluate.js';
import type { ElementSeen } from './seen.js';

/** One ITA "OIT" item, as the audit takes it: its number, its name, and what answers it. */
export interface ItaItem {
  id: string;
  title: { th: string; en?: string };
  /** Content types whose element answers the item (`['contact']` for O3). */
  contentTypes?: ManifestContentType[];
  /** Document kinds that answer it (`['procurement-summary']`). */
  kinds?: string[];
}

/** The list to check a site against, or why there is none. */
export interface ItaInput {
  year?: string;
  items?: ItaItem[];
  unavailable?: string;
}

export interface ItaResult {
  id: string;
  title: { th: string; en?: string };
  status: 'covered' | 'missing';
  evidence: Evidence[];
  stale?: { newest: string; limit: string };
}

/**
 * The ITA list for `--ita-year`: from a file (`--ita-items`: a list of items, or
 * `{ "year", "items" }`), else from `ITA_ITEMS` of `@govkit-th/schemas` when this version
 * exports it (a list per year, keyed by the Buddhist-era year).
 */
export async function loadItaItems(year: string | undefined, file: string | undefined, lang: Lang): Promise<ItaInput> {
  if (file) {
    const data = JSON.parse(await readFile(file, 'utf8')) as ItaItem[] | { year?: number | string; items: ItaItem[] };
    return Array.isArray(data) ? { year, items: data } : { year: year ?? String(data.year ?? ''), items: data.items };
  }
  const kit = (await import('@govkit-th/schemas')) as Record<string, unknown>;
  const lists = kit.ITA_ITEMS;
  if (!lists) return { year, unavailable: say(lang, 'itaUnavailable') };
  const forYear = itemsOfYear(lists, year)?.map(withKinds);
  return forYear ? { year, items: forYear } : { year, unavailable: say(lang, 'itaNoYear', { year: year ?? '' }) };
}

/** The kit's lists name the document kinds of an item `documentKinds`; the audit reads `kinds`. */
function withKinds(item: ItaItem & { documentKinds?: string[] }): ItaItem {
  return item.kinds || !item.documentKinds ? item : { ...item, kinds: item.documentKinds };
}

/** Reads the kit's lists in either shape: keyed by year, or one list whose items name their year. */
function itemsOfYear(lists: unknown, year: string | undefined): ItaItem[] | undefined {
  if (Array.isArray(lists)) {
    const items = lists as Array<ItaItem & { year?: number | string }>;
    const ofYear = year ? items.filter((item) => item.year === undefined || String(item.year) === year) : items;
    return ofYear.length ? ofYear : undefined;
  }
  if (typeof lists === 'object' && lists !== null && year) {
    const entry = (lists as Record<string, unknown>)[year];
    if (Array.isArray(entry)) return entry as ItaItem[];
    const items = (entry as { items?: unknown } | undefined)?.items;
    if (Array.isArray(items)) return items as ItaItem[];
  }
  return undefined;
}

/** Each item: covered where a shown entry is tagged with it, or an element of its type or kind is ready. */
export function judgeIta(
  items: ItaItem[],
  elements: ElementSeen[],
  pages: Array<{ url: string; ita?: string[] }>,
  staleBefore: string,
): ItaResult[] {
  return items.map((item) => {
    const found = elements.filter(
      (element) =>
        element.state === 'ready' &&
        (element.ita.includes(item.id) ||
          Boolean(element.type && item.contentTypes?.includes(element.type)) ||
          element.kinds.some((kind) => item.kinds?.includes(kind))),
    );
    const evidence: Evidence[] = found.map((element) => ({
      page: element.page,
      tag: element.tag,
      newest: element.newest,
    }));
    for (const page of pages)
      if (page.ita?.includes(item.id)) evidence.push({ page: page.url, tag: 'govkit.json pages[].ita' });
    const newest = found
      .map((element) => element.newest)
      .filter((date): date is string => Boolean(date))
      .sort((a, b) => Date.parse(b) - Date.parse(a))[0];
    return {
      id: item.id,
      title: item.title,
      status: evidence.length ? 'covered' : 'missing',
      evidence,
      stale: newest && newest.slice(0, 10) < staleBefore ? { newest, limit: staleBefore } : undefined,
    };
  });
}
