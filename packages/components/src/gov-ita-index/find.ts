import { GovDataError, mapLimit, type LocalizedText, type PrepareTools, type PublicationRecord } from '@govkit-th/core';
import {
  documentsSchema,
  validate,
  type DocumentItem,
  type DocumentsData,
  type ItaListItem,
  type ManifestContentEntry,
  type ManifestContentType,
  type ManifestData,
} from '@govkit-th/schemas';
import type { ItaIndex, ItaIndexItem, ItaLink, ItaUnchecked } from './types.js';

/** How many data files are fetched at once: enough to be quick, few enough not to crowd a small server. */
export const CONCURRENCY = 4;

type ContentEntry = ManifestContentEntry;

interface ContentFile {
  url: string;
  data?: Record<string, unknown>;
  error?: GovDataError;
}

interface Entry {
  type: ManifestContentType;
  entry: ContentEntry;
  file: ContentFile;
}

function resolve(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** The later of two ISO dates (either may be missing or invalid). */
function later(a: string | undefined, b: unknown): string | undefined {
  if (typeof b !== 'string' || Number.isNaN(Date.parse(b))) return a;
  return a === undefined || Date.parse(b) > Date.parse(a) ? b : a;
}

const DATE_FIELDS = ['updatedAt', 'publishedAt', 'date', 'modified', 'issued', 'answeredAt'] as const;

function newestOf(record: unknown): string | undefined {
  if (!record || typeof record !== 'object') return undefined;
  const value = record as Record<string, unknown>;
  let newest = DATE_FIELDS.reduce<string | undefined>((found, field) => later(found, value[field]), undefined);
  const publication = value.publication as Record<string, unknown> | undefined;
  if (publication) newest = later(later(newest, publication.updatedAt), publication.publishedAt);
  return newest;
}

/** The newest date in a data file: its own, and each entry's in its lists. */
function newestInFile(data: Record<string, unknown>): string | undefined {
  let newest = newestOf(data);
  for (const value of Object.values(data)) {
    if (Array.isArray(value)) for (const entry of value) newest = later(newest, newestOf(entry));
  }
  return newest;
}

/** A list file whose lists are all empty publishes nothing (a news file with no news). */
function publishesNothing(data: Record<string, unknown>): boolean {
  const lists = Object.values(data).filter(Array.isArray);
  return lists.length > 0 && lists.every((list) => list.length === 0);
}

async function readFile(url: string, type: ManifestContentType, tools: PrepareTools): Promise<ContentFile> {
  try {
    const text = await tools.fetchText(url);
    let data: unknown;
    try {
      data = JSON.parse(text.body);
    } catch (cause) {
      throw new GovDataError('parse', `Could not parse ${url}`, { cause });
    }
    if (!data || typeof data !== 'object' || Array.isArray(data))
      throw new GovDataError('invalid', `${url} is not an object`);
    // Documents are read field by field (their ITA tags), so they are checked against their schema.
    const problems = type === 'documents' ? await validate(documentsSchema, data) : [];
    if (problems.length) throw new GovDataError('invalid', `${url} does not follow documents.json`, { problems });
    return { url: text.url, data: data as Record<string, unknown> };
  } catch (cause) {
    return { url, error: asDataError(cause, url) };
  }
}

function asDataError(cause: unknown, url: string): GovDataError {
  if (cause instanceof GovDataError) return cause;
  // A file's own time-out, or the element's for the whole load (the controller aborts the load's
  // requests then); a load cancelled by a newer src is never shown, so an abort here is a time-out.
  const timedOut = cause instanceof DOMException && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
  return new GovDataError(
    timedOut ? 'timeout' : 'network',
    `Could not fetch ${url}: ${(cause as Error)?.message ?? cause}`,
    {
      cause,
    },
  );
}

/** The content entries of the types an item may be served by, with their data files read (each file once). */
async function readEntries(
  manifest: ManifestData,
  manifestUrl: string,
  wanted: Set<string>,
  tools: PrepareTools,
): Promise<Entry[]> {
  const content = Object.entries(manifest.content).filter(([type]) => wanted.has(type));
  const listed = content.flatMap(([type, value]) =>
    ((Array.isArray(value) ? value : value ? [value] : []) as ContentEntry[]).map((entry) => ({
      type: type as ManifestContentType,
      entry,
      url: resolve(entry.data, manifestUrl),
    })),
  );
  const urls = [...new Map(listed.map((item) => [item.url, item.type])).entries()];
  const files = await mapLimit(urls, CONCURRENCY, ([url, type]) => readFile(url, type, tools));
  const byUrl = new Map(urls.map(([url], index) => [url, files[index]]));
  return listed.map(({ type, entry, url }) => ({ type, entry, file: byUrl.get(url)! }));
}

function documentLink(document: DocumentItem, file: ContentFile, entry: ContentEntry, manifestUrl: string): ItaLink {
  const fileData = file.data as DocumentsData;
  const own = document.url ?? document.files?.[0]?.url;
  return {
    url: own ?? `${entry.page ?? entry.data}#${document.id}`,
    base: own ? file.url : manifestUrl,
    title: document.title,
    date: newestOf(document),
    publication: document.publication ?? fileData.publication,
  };
}

function pageTitle(manifest: ManifestData, url: string, manifestUrl: string): LocalizedText | undefined {
  return manifest.pages?.find((page) => resolve(page.url, manifestUrl) === url)?.title;
}

/** Where one item is published: tagged or matching documents, mapped content, tagged pages. */
function linksFor(item: ItaListItem, entries: Entry[], manifest: ManifestData, manifestUrl: string): ItaLink[] {
  const links: ItaLink[] = [];
  for (const { type, entry, file } of entries) {
    if (!file.data) continue;
    if (type === 'documents') {
      for (const document of (file.data as DocumentsData).items) {
        const tagged = document.ita?.includes(item.id) || item.documentKinds?.includes(document.kind);
        if (tagged) links.push(documentLink(document, file, entry, manifestUrl));
      }
    }
    if (item.contentTypes?.includes(type) && !publishesNothing(file.data)) {
      const url = entry.page ?? entry.data;
      links.push({
        url,
        base: manifestUrl,
        title: entry.title ?? pageTitle(manifest, resolve(url, manifestUrl), manifestUrl) ?? item.title,
        date: newestInFile(file.data),
        publication: file.data.publication as PublicationRecord | undefined,
      });
    }
  }
  for (const page of manifest.pages ?? []) {
    if (page.ita?.includes(item.id)) links.push({ url: page.url, base: manifestUrl, title: page.title ?? page.url });
  }
  // The same document or page found twice (one file behind several pages) is listed once.
  const seen = new Set<string>();
  return links.filter((link) => {
    const key = resolve(link.url, link.base);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** Failed files that might have served the item: any documents file (a tag may name any item), and its mapped types. */
function uncheckedFor(item: ItaListItem, entries: Entry[]): ItaUnchecked[] {
  const failed = entries.filter(
    ({ type, file }) => file.error && (type === 'documents' || item.contentTypes?.includes(type)),
  );
  return [...new Map(failed.map(({ file }) => [file.url, { url: file.url, error: file.error! }])).values()];
}

/**
 * Reads the data files the manifest points to (`CONCURRENCY` at a time, each under the
 * element's time-out) and finds, for every item of the list, where the agency publishes it.
 */
export async function buildIndex(
  manifest: ManifestData,
  manifestUrl: string,
  list: readonly ItaListItem[],
  tools: PrepareTools,
): Promise<ItaIndex> {
  const wanted = new Set<string>(['documents', ...list.flatMap((item) => item.contentTypes ?? [])]);
  const entries = await readEntries(manifest, manifestUrl, wanted, tools);
  const items = list.map((item): ItaIndexItem => {
    const links = linksFor(item, entries, manifest, manifestUrl);
    const unchecked = links.length ? [] : uncheckedFor(item, entries);
    return {
      id: item.id,
      title: item.title,
      group: item.group,
      confirmed: item.confirmed !== false,
      status: links.length ? 'found' : unchecked.length ? 'unchecked' : 'missing',
      links,
      newest: links.reduce<string | undefined>((newest, link) => later(newest, link.date), undefined),
      unchecked,
    };
  });
  return { items };
}
