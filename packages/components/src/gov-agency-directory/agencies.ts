import { limiter, pageCached, untilAborted, type Limiter } from '@govkit-th/core';
import {
  agencyDirectorySchema,
  contactSchema,
  loadValidator,
  manifestSchema,
  newsSchema,
  validate,
  type ContactData,
  type Lang,
  type ManifestData,
  type NewsData,
} from '@govkit-th/schemas';
import type { AgencyDirectoryEntry } from '@govkit-th/schemas';
import type { AgencyFailure, AgencyNews, AgencyResult, LastSeen, LoadOptions } from './types.js';

/**
 * Checking the province's list and reading every agency (the element's `check.ts`, named for
 * what it does), in a chunk of its own that the element starts loading when it is made: the
 * schemas, the fetching and the cards' words stay out of the page's first download.
 */
void loadValidator();

export { words } from './words.js';

export function checkDirectory(data: unknown, lang: Lang) {
  return validate(agencyDirectorySchema, data, lang);
}

const MAX_CHARS = 10 * 1024 * 1024;
const STORE = 'govkit-agency-directory';

class Failure extends Error {
  constructor(readonly kind: AgencyFailure) {
    super(kind);
  }
}

/**
 * A JSON file from another site, read once for the whole page: the directory and its news view
 * (two elements on the province's page) share each agency's manifest, contact and news. Each
 * element may stop waiting (a new list, the element removed) without cancelling the others' read.
 */
function fetchJson(url: string, limit: Limiter, options: LoadOptions): Promise<unknown> {
  const shared = pageCached(`agency-json ${url}`, () => limit(() => readJson(url, options.timeout)));
  return untilAborted(shared, options.signal);
}

/** The file under its own time-out, no cookies, the same 10 MB cap as `src`. */
async function readJson(url: string, timeout: number): Promise<unknown> {
  const signal = AbortSignal.timeout(timeout);
  let text: string;
  try {
    const response = await fetch(url, { signal, credentials: 'omit', headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Failure('http');
    text = await response.text();
  } catch (error) {
    if (error instanceof Failure) throw error;
    throw new Failure(signal.aborted ? 'timeout' : 'network');
  }
  if (text.length > MAX_CHARS) throw new Failure('invalid');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new Failure('parse');
  }
}

async function checked<T>(schema: object, data: unknown, lang: Lang): Promise<T> {
  const problems = await validate(schema, data, lang);
  if (problems.length > 0) throw new Failure('invalid');
  return data as T;
}

/** The first entry of a content type (an agency may list several documents files). */
function first<T>(entry: T | T[] | undefined): T | undefined {
  return Array.isArray(entry) ? entry[0] : entry;
}

function newestFirst(data: NewsData, base: string): AgencyNews[] {
  const time = (value?: string) => (value ? Date.parse(value) || -Infinity : -Infinity);
  return [...data.items].sort((a, b) => time(b.publishedAt) - time(a.publishedAt)).map((item) => ({ item, base }));
}

/**
 * The manifest, then its contact and news side by side. Any failure makes the agency
 * unreachable; once its manifest has been read, the agency keeps its name and district.
 */
async function readAgency(entry: AgencyDirectoryEntry, limit: Limiter, options: LoadOptions): Promise<AgencyResult> {
  const url = entry.manifest;
  const data = await checked<ManifestData>(manifestSchema, await fetchJson(url, limit, options), options.lang);
  const result: AgencyResult = { manifest: url, name: entry.name, data, news: [] };
  // Relative URLs in a manifest resolve against the manifest's own URL.
  const read = async <T>(relative: string | undefined, schema: object): Promise<T | undefined> =>
    relative
      ? checked<T>(schema, await fetchJson(new URL(relative, url).href, limit, options), options.lang)
      : undefined;
  const newsUrl = first(data.content.news)?.data;
  try {
    const [contact, news] = await Promise.all([
      read<ContactData>(first(data.content.contact)?.data, contactSchema),
      read<NewsData>(newsUrl, newsSchema),
    ]);
    result.contact = contact;
    result.news = news ? newestFirst(news, new URL(newsUrl!, url).href) : [];
  } catch (error) {
    result.failure = error instanceof Failure ? error.kind : 'network';
  }
  return result;
}

function readStore(): Record<string, LastSeen> {
  try {
    return (JSON.parse(localStorage.getItem(STORE) ?? '{}') as Record<string, LastSeen>) ?? {};
  } catch {
    return {};
  }
}

/** Keeps when each agency was last read whole, so an unreachable one can say so. Storage may be off: then nothing is kept. */
function remember(results: AgencyResult[]): void {
  const store = readStore();
  for (const result of results) {
    if (!result.data || result.failure) continue;
    const { name, district, kind } = result.data.agency;
    store[result.manifest] = { at: new Date().toISOString(), name, district, kind };
  }
  try {
    localStorage.setItem(STORE, JSON.stringify(store));
  } catch {
    // private browsing or storage full: the directory works without it
  }
}

/**
 * Reads every agency of the list, `options.concurrency` requests at a time, each with its
 * own time-out. Never rejects: an agency that fails is returned as unreachable, with when
 * it was last seen when this browser has seen it.
 */
export async function loadAgencies(entries: AgencyDirectoryEntry[], options: LoadOptions): Promise<AgencyResult[]> {
  const limit = limiter(options.concurrency);
  const store = readStore();
  const results = await Promise.all(
    entries.map((entry) =>
      readAgency(entry, limit, options).catch((error: unknown): AgencyResult => ({
        manifest: entry.manifest,
        name: entry.name,
        news: [],
        failure: error instanceof Failure ? error.kind : 'network',
      })),
    ),
  );
  for (const result of results) if (result.failure) result.lastSeen = store[result.manifest];
  if (!options.signal.aborted) remember(results);
  return results;
}
