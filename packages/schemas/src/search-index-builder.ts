/**
 * Builds the site search index (`search-index.json`, {@link searchIndexSchema}) in Node: from
 * a static site's HTML pages and the kit's data files its manifest lists, or, for the
 * publishing desk, from pages and content it already holds. Not exported from the package's
 * browser entry: import `@govkit-th/schemas/search-index-builder`.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { parse, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import type { LocalizedText } from './common.js';
import type { ManifestContentType, ManifestData } from './manifest.js';
import {
  SEARCH_INDEX_LIMITS,
  SEARCH_INDEX_VERSION,
  type SearchDocument,
  type SearchDocumentType,
  type SearchIndexData,
} from './search-index.js';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;
type Text = { th?: string; en?: string } | string;

/** Elements whose text is not page content. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'nav', 'svg', 'button', 'select', 'textarea']);
/** Elements that separate words; inline ones do not (Thai runs words together). */
const BLOCKS = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main ol p pre section summary table td th tr ul'.split(
    ' ',
  ),
);
/** A base for resolving site paths; never fetched. */
const SITE = 'https://site.invalid/';

/** NFC, no zero-width characters, single spaces: the same text the element matches against. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return text.slice(0, space > max * 0.8 ? space : max).trim();
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function children(node: Node): Node[] {
  return 'childNodes' in node ? node.childNodes : [];
}

function findAll(node: Node, test: (element: Element) => boolean, found: Element[] = []): Element[] {
  for (const child of children(node)) {
    if ('tagName' in child) {
      if (test(child)) found.push(child);
      findAll(child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child, test, found);
    }
  }
  return found;
}

/** Whether an element is the other language's half of a `.th` / `.en` pair (a bilingual page). */
function otherLanguage(element: Element, lang: 'th' | 'en' | undefined): boolean {
  if (!lang) return false;
  const classes = (attribute(element, 'class') ?? '').split(/\s+/);
  return classes.includes(lang === 'th' ? 'en' : 'th');
}

/** The text under `node`; with `lang`, without the other language's half of `.th` / `.en` pairs. */
function textOf(node: Node, parts: string[] = [], lang?: 'th' | 'en'): string[] {
  for (const child of children(node)) {
    if (child.nodeName === '#text') parts.push((child as DefaultTreeAdapterTypes.TextNode).value);
    else if (
      'tagName' in child &&
      !SKIPPED.has(child.tagName) &&
      attribute(child, 'hidden') === undefined &&
      !otherLanguage(child, lang)
    ) {
      const block = BLOCKS.has(child.tagName);
      if (block) parts.push(' ');
      textOf(child, parts, lang);
      if (block) parts.push(' ');
    }
  }
  return parts;
}

/** The visible text of an HTML fragment (an FAQ answer), as plain text. */
export function htmlToText(html: string): string {
  return normaliseText(textOf(parseFragment(html)).join(''));
}

/** The words of `text` that are not in `known`, once each, split the way a Thai reader would. */
function otherWords(text: string, known: string): string {
  const seen = new Set<string>();
  const lowerKnown = known.toLowerCase();
  for (const { segment, isWordLike } of new Intl.Segmenter('th', { granularity: 'word' }).segment(text)) {
    const word = segment.toLowerCase();
    if (isWordLike && !lowerKnown.includes(word)) seen.add(word);
  }
  return cut([...seen].join(' '), SEARCH_INDEX_LIMITS.words);
}

/** `text` cut to the index's limit, and the rest of its words, so a long page is still found by them. */
function bodyFields(body: string): Pick<SearchDocument, 'text' | 'words'> {
  const text = cut(body, SEARCH_INDEX_LIMITS.text);
  const words = text.length < body.length ? otherWords(body.slice(text.length), text) : '';
  return { ...(text && { text }), ...(words && { words }) };
}

/** A site path for `file` under the site folder: `about/index.html` → `/about/`. */
export function sitePath(file: string): string {
  return `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * One page's entry: the `<title>` (before " | agency"), the meta description and the text of
 * `<main>` (the body when there is none, without navigation). `undefined` for a page that
 * asks not to be indexed (`<meta name="robots" content="noindex">`) or has no title.
 */
export function pageDocument(html: string, url: string): SearchDocument | undefined {
  const document = parse(html);
  const meta = (name: string) =>
    findAll(document, (el) => el.tagName === 'meta' && attribute(el, 'name')?.toLowerCase() === name).map(
      (el) => attribute(el, 'content') ?? '',
    )[0];
  if (/noindex/i.test(meta('robots') ?? '')) return undefined;
  const titleElement = findAll(document, (el) => el.tagName === 'title')[0];
  const title = normaliseText(titleElement ? textOf(titleElement).join('') : '').split(' | ')[0];
  if (!title) return undefined;
  const main =
    findAll(document, (el) => el.tagName === 'main')[0] ?? findAll(document, (el) => el.tagName === 'body')[0];
  const description = normaliseText(meta('description') ?? '');
  const date = meta('dcterms.modified') ?? meta('date');
  return {
    url,
    type: 'page',
    title: cut(title, SEARCH_INDEX_LIMITS.title),
    ...(description && { excerpt: cut(description, SEARCH_INDEX_LIMITS.excerpt) }),
    ...pageBody(main),
    ...(date && /^\d{4}-\d{2}-\d{2}/.test(date) && { date }),
  };
}

/**
 * The text of a page's `<main>`: one string, or Thai and English apart when the page gives its
 * words in both (`.th` / `.en` pairs, one shown by `<html lang>`), so neither language's
 * results show the other's words run together.
 */
function pageBody(main: Element | undefined): Pick<SearchDocument, 'text' | 'words'> {
  if (!main) return {};
  const th = normaliseText(textOf(main, [], 'th').join(''));
  const en = normaliseText(textOf(main, [], 'en').join(''));
  return th === en ? bodyFields(th) : splitBody({ th, en });
}

/** Applies `each` to both languages of localised text. */
function mapText(value: LocalizedText | undefined, each: (text: string) => string): Text | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return each(value) || undefined;
  const th = value.th && each(value.th);
  const en = value.en && each(value.en);
  return th || en ? { ...(th && { th }), ...(en && { en }) } : undefined;
}

function joinText(values: Array<LocalizedText | undefined>, each: (text: string) => string): Text | undefined {
  const pick = (lang: 'th' | 'en') =>
    values
      .map((value) => (typeof value === 'string' ? value : value?.[lang]))
      .filter(Boolean)
      .join(' ');
  const th = pick('th');
  const en = pick('en');
  if (th === en) return mapText(th || undefined, each);
  return mapText({ ...(th && { th }), ...(en && { en }) }, each);
}

/** Where an item's link goes: its own URL (resolved against the data file), else the page. */
function resolveUrl(url: string | undefined, dataFile: string, fallback: string): string {
  if (!url) return fallback;
  const resolved = new URL(url, new URL(dataFile, SITE));
  return resolved.origin === new URL(SITE).origin ? resolved.pathname + resolved.search + resolved.hash : resolved.href;
}

interface Item {
  id?: string;
  kind?: string;
  url?: string;
  href?: string;
  files?: Array<{ url?: string }>;
  [field: string]: unknown;
}

/** How each content type becomes entries: its list, its result type and its fields. */
const CONTENT: Partial<
  Record<
    ManifestContentType,
    {
      list: string;
      type: SearchDocumentType;
      title: string;
      excerpt?: string;
      body: string[];
      /** Fields written in HTML (an FAQ answer): their text only. */
      html?: string[];
      date: string[];
      anchor?: boolean;
    }
  >
> = {
  news: {
    list: 'items',
    type: 'news',
    title: 'title',
    excerpt: 'summary',
    body: ['category'],
    date: ['publishedAt', 'updatedAt'],
  },
  documents: { list: 'items', type: 'document', title: 'title', excerpt: 'summary', body: ['number'], date: ['date'] },
  faq: {
    list: 'items',
    type: 'faq',
    title: 'question',
    body: ['answer', 'category'],
    html: ['answer'],
    date: ['updatedAt'],
    anchor: true,
  },
  services: {
    list: 'services',
    type: 'e-service',
    title: 'name',
    excerpt: 'description',
    body: ['audience'],
    date: ['updatedAt'],
  },
  serviceGuide: {
    list: 'services',
    type: 'service',
    title: 'name',
    excerpt: 'eligibility',
    body: ['agency', 'legalBasis', 'conditions', 'note'],
    date: ['updatedAt'],
    anchor: true,
  },
  calendar: {
    list: 'events',
    type: 'event',
    title: 'title',
    excerpt: 'description',
    body: ['place', 'category'],
    date: ['start'],
  },
};

/** The content types the index takes items from; every other type is found through its page. */
export const INDEXED_CONTENT = Object.keys(CONTENT) as ManifestContentType[];

/**
 * The entries for one content document: `data` as in its data file, `at.data` the data
 * file's site path (relative links in the data resolve against it), `at.page` the page that
 * shows it. `pageFor(item)` may choose another page for an item (a document's kind).
 */
export function contentDocuments(
  type: ManifestContentType,
  data: unknown,
  at: { data: string; page?: string },
  pageFor?: (item: Item) => string | undefined,
): SearchDocument[] {
  const spec = CONTENT[type];
  const items = (data as Record<string, unknown> | null)?.[spec?.list ?? ''];
  if (!spec || !Array.isArray(items)) return [];
  const plain = normaliseText;
  return (items as Item[]).flatMap((item) => {
    const field = (name: string) => {
      const value = item[name] as LocalizedText | LocalizedText[] | undefined;
      return spec.html?.includes(name) && !Array.isArray(value) ? mapText(value, htmlToText) : value;
    };
    const title = mapText(field(spec.title) as LocalizedText, (text) => cut(plain(text), SEARCH_INDEX_LIMITS.title));
    if (!title) return [];
    const page = resolveUrl(pageFor?.(item) ?? at.page, '/', '/');
    const own = spec.anchor ? undefined : (item.url ?? item.href ?? item.files?.[0]?.url);
    // An item with no address of its own leads to its place on the page that lists it.
    const url = resolveUrl(own, at.data, item.id ? `${page}#${item.id}` : page);
    const excerpt =
      spec.excerpt &&
      mapText(field(spec.excerpt) as LocalizedText, (text) => cut(plain(text), SEARCH_INDEX_LIMITS.excerpt));
    const bodies = spec.body.flatMap((name) => [field(name)].flat() as LocalizedText[]);
    const body = joinText(bodies, plain);
    const date = spec.date.map((field) => item[field]).find((value): value is string => typeof value === 'string');
    return [
      {
        url,
        type: spec.type,
        title,
        ...(excerpt && { excerpt }),
        ...(body && splitBody(body)),
        ...(date && { date }),
      },
    ];
  });
}

function splitBody(body: Text): Pick<SearchDocument, 'text' | 'words'> {
  if (typeof body === 'string') return bodyFields(body);
  const th = body.th ? bodyFields(body.th) : {};
  const en = body.en ? bodyFields(body.en) : {};
  const both = (key: 'text' | 'words') =>
    th[key] || en[key] ? { [key]: { ...(th[key] && { th: th[key] }), ...(en[key] && { en: en[key] }) } } : {};
  return { ...both('text'), ...both('words') };
}

/** The index file for these entries: each address and title once (the first wins), within the size limits. */
export function searchIndex(documents: SearchDocument[], generatedAt = new Date().toISOString()): SearchIndexData {
  const seen = new Set<string>();
  const key = (doc: SearchDocument) => `${doc.url}\u0000${JSON.stringify(doc.title)}`;
  const unique = documents.filter((doc) => !seen.has(key(doc)) && seen.add(key(doc)));
  return { version: SEARCH_INDEX_VERSION, generatedAt, documents: unique.slice(0, SEARCH_INDEX_LIMITS.documents) };
}

export interface SiteIndexOptions {
  /** The site's folder. */
  siteDir: string;
  /** The agency manifest, relative to the site; its content files are indexed item by item. */
  manifest?: string;
  /** Folders and files (site paths, e.g. `/data/`) that are not pages to index. */
  exclude?: string[];
  /** The time written into the index (tests pin it). */
  generatedAt?: string;
}

async function htmlFiles(siteDir: string, exclude: string[]): Promise<string[]> {
  const names = (await readdir(siteDir, { recursive: true })) as string[];
  return names
    .filter((name) => name.endsWith('.html'))
    .filter((name) => !exclude.some((path) => `/${name.split(sep).join('/')}`.startsWith(path)))
    .sort();
}

/** Which page lists each document kind: `<gov-document-list kind="act regulation">` on it. */
function kindPages(pages: Array<{ url: string; html: string }>): Map<string, string> {
  const pagesByKind = new Map<string, string>();
  for (const { url, html } of pages) {
    for (const list of findAll(parse(html), (el) => el.tagName === 'gov-document-list')) {
      for (const kind of (attribute(list, 'kind') ?? '').split(/\s+/).filter(Boolean))
        if (!pagesByKind.has(kind)) pagesByKind.set(kind, url);
    }
  }
  return pagesByKind;
}

/**
 * Builds the index of a static site: every `.html` page (but `node_modules/`, `data/` and
 * `assets/`) and, item by item, the news, documents, FAQ, services, e-services and events
 * its manifest lists.
 */
export async function buildSiteSearchIndex(options: SiteIndexOptions): Promise<SearchIndexData> {
  const { siteDir, manifest = 'govkit.json', exclude = ['/node_modules/', '/data/', '/assets/'] } = options;
  const files = await htmlFiles(siteDir, exclude);
  const pages = await Promise.all(
    files.map(async (file) => ({ url: sitePath(file), html: await readFile(join(siteDir, file), 'utf8') })),
  );
  const documents = pages.flatMap(({ url, html }) => pageDocument(html, url) ?? []);
  const manifestData = JSON.parse(await readFile(join(siteDir, manifest), 'utf8')) as ManifestData;
  const byKind = kindPages(pages);
  const read = new Set<string>();
  for (const type of INDEXED_CONTENT) {
    for (const entry of [manifestData.content[type]].flat() as unknown as Array<
      { data: string; page?: string } | undefined
    >) {
      if (!entry || read.has(entry.data)) continue;
      read.add(entry.data);
      const dataPath = new URL(entry.data, new URL(manifest, SITE)).pathname;
      const data: unknown = JSON.parse(await readFile(join(siteDir, ...dataPath.split('/')), 'utf8'));
      const page = entry.page && new URL(entry.page, new URL(manifest, SITE)).pathname;
      documents.push(...contentDocuments(type, data, { data: dataPath, page }, (item) => byKind.get(item.kind ?? '')));
    }
  }
  return searchIndex(documents, options.generatedAt);
}

/** Builds the index of a static site and writes it (compact JSON); resolves with its size in bytes. */
export async function writeSiteSearchIndex(options: SiteIndexOptions & { outFile: string }): Promise<number> {
  const json = JSON.stringify(await buildSiteSearchIndex(options));
  await writeFile(options.outFile, `${json}\n`);
  return Buffer.byteLength(json) + 1;
}
