import { SITEMAP_LIMITS, type LocalizedText, type SitemapData, type SitemapItem } from '@govkit-th/schemas';

/**
 * Reading a standard sitemap.xml (sitemaps.org 0.9) into the kit's sitemap tree: each
 * `<url><loc>` becomes a page, and the segments of its path become nested sections; and
 * reading the `titles` that name its pages. The element loads this module only for
 * bodies that are XML. Core's `parseXml` and the element's `pageKey` are passed in: a
 * module imported both here and by the element would become a separate file that every
 * page loads up front.
 */

/** Core's `parseXml`: XML text to an inert document, refusing entity declarations. */
export type XmlParser = (text: string) => Document;

/** Why a sitemap file could not be read; `reason` names the element's message `error-<reason>`. */
export class SitemapFileError extends Error {
  constructor(
    /** Picks the message `error-<reason>` from the element's catalogue. */
    readonly reason: 'not-sitemap' | 'sitemap-index',
    message: string,
  ) {
    super(message);
    this.name = 'SitemapFileError';
  }
}

/** `about-us.html` → `About us`; `%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7` → `ข่าว`. */
export function readableLabel(segment: string): string {
  let text = segment;
  try {
    text = decodeURIComponent(segment);
  } catch {
    // A malformed escape: show the segment as written.
  }
  text = text
    .replace(/\.(html?|php|aspx?|jsp|cfm)$/i, '')
    .replace(/[-_+]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return segment || '/';
  return text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
}

interface Branch {
  label: string;
  /** The page's own address, when the sitemap lists it. */
  href?: string;
  /** The address its title is looked up by: its page, or its folder when it has none. */
  titleKey: string;
  children: Map<string, Branch>;
}

export interface SitemapTree {
  data: SitemapData;
  /** For `titles`: the address each entry is known by, pages and folders alike. */
  titleKeys: WeakMap<SitemapItem, string>;
}

/**
 * The `<loc>` of every `<url>`, in document order. Throws {@link SitemapFileError}, or
 * core's `XmlError` for XML that is not well formed or declares entities.
 */
export function readLocs(text: string, parseXml: XmlParser): string[] {
  const body = text.replace(/^\ufeff/, '');
  if (/^\s*(<!--[\s\S]*?-->\s*)*(<!doctype\s+html|<html[\s>])/i.test(body)) {
    throw new SitemapFileError('not-sitemap', 'the file is an HTML page, not a sitemap');
  }
  const doc = parseXml(body);
  const root = doc.documentElement;
  if (root.localName === 'sitemapindex') {
    throw new SitemapFileError(
      'sitemap-index',
      'sitemap index files are not supported; point src at one of the sitemaps it lists',
    );
  }
  if (root.localName !== 'urlset') {
    throw new SitemapFileError('not-sitemap', `the root element is <${root.localName}>, not <urlset>`);
  }
  const locs: string[] = [];
  for (const url of Array.from(root.children)) {
    if (url.localName !== 'url') continue;
    const loc = Array.from(url.children).find((child) => child.localName === 'loc');
    const value = loc?.textContent?.trim();
    if (value) locs.push(value);
  }
  return locs;
}

/**
 * Builds the tree: the site's home page first, then its top-level folders and pages as
 * sections, each folder's pages nested under it. Only http(s) addresses become links;
 * anything else is listed at the end as text. Locations resolve against the file's URL.
 */
export function sitemapTreeFromXml(
  text: string,
  fileUrl: string,
  homeTitle: LocalizedText,
  parseXml: XmlParser,
): SitemapTree {
  const roots = new Map<string, Branch>();
  const unlinked: SitemapItem[] = [];
  for (const loc of readLocs(text, parseXml)) {
    let url: URL;
    try {
      url = new URL(loc, fileUrl);
    } catch {
      unlinked.push({ title: loc });
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      unlinked.push({ title: loc });
      continue;
    }
    url.hash = '';
    let branch: Branch | undefined = roots.get(url.origin);
    if (!branch) {
      branch = { label: url.hostname, titleKey: `${url.origin}/`, children: new Map() };
      roots.set(url.origin, branch);
    }
    const segments = url.pathname
      .replace(/\/index\.html?$/i, '/')
      .split('/')
      .filter(Boolean);
    if (url.search) segments.push(`${segments.pop() ?? ''}${url.search}`);
    // Deeper than the limit is an error the data check reports, naming this address; one
    // level past the limit is enough for that, and keeps a hostile path from nesting on.
    if (segments.length > SITEMAP_LIMITS.depth + 1) segments.length = SITEMAP_LIMITS.depth + 1;
    let folder = `${url.origin}/`;
    for (const segment of segments) {
      folder += `${segment}/`;
      let child: Branch | undefined = branch.children.get(segment);
      if (!child) {
        child = { label: labelFor(segment), titleKey: folder, children: new Map() };
        branch.children.set(segment, child);
      }
      branch = child;
    }
    if (!branch.href) {
      branch.href = url.href;
      branch.titleKey = url.href;
    }
  }

  const titleKeys = new WeakMap<SitemapItem, string>();
  const toItem = (branch: Branch, title: LocalizedText = branch.label): SitemapItem => {
    const item: SitemapItem = { title };
    if (branch.href) item.href = branch.href;
    if (branch.children.size > 0) item.children = [...branch.children.values()].map((child) => toItem(child));
    titleKeys.set(item, branch.titleKey);
    return item;
  };

  const items: SitemapItem[] = [];
  [...roots.values()].forEach((root, index) => {
    if (index === 0) {
      // The site itself: its home page, then its sections at the top level.
      if (root.href) items.push(toItem({ ...root, children: new Map() }, homeTitle));
      items.push(...[...root.children.values()].map((child) => toItem(child)));
    } else {
      // Another site in the same file (the protocol forbids it, but files do it): one section.
      items.push(toItem(root));
    }
  });
  items.push(...unlinked);
  return { data: { items }, titleKeys };
}

function labelFor(segment: string): string {
  const query = segment.indexOf('?');
  if (query < 0) return readableLabel(segment);
  const name = query > 0 ? readableLabel(segment.slice(0, query)) : '';
  let search = segment.slice(query + 1);
  try {
    search = decodeURIComponent(search.replace(/\+/g, ' '));
  } catch {
    // Shown as written.
  }
  return name ? `${name} (${search})` : search;
}

/** A title from a `titles` file: a non-empty string, or `{ th, en }` with at least one. */
function asLocalizedText(value: unknown): LocalizedText | undefined {
  if (typeof value === 'string') return value.trim() ? value : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const { th, en } = value as { th?: unknown; en?: unknown };
  const text: { th?: string; en?: string } = {};
  if (typeof th === 'string' && th.trim()) text.th = th;
  if (typeof en === 'string' && en.trim()) text.en = en;
  return text.th || text.en ? text : undefined;
}

/**
 * Titles by page address, from either a plain mapping (`{ "/about/": "เกี่ยวกับเรา" }`)
 * or the kit's own sitemap data (each entry's `href` → its `title`), keyed by `pageKey`.
 */
export function titleMap(
  json: unknown,
  base: string,
  pageKey: (href: string, base: string) => string | undefined,
): Map<string, LocalizedText> {
  const titles = new Map<string, LocalizedText>();
  const add = (href: unknown, title: unknown) => {
    const key = typeof href === 'string' ? pageKey(href, base) : undefined;
    const text = asLocalizedText(title);
    if (key && text && !titles.has(key)) titles.set(key, text);
  };
  if (typeof json !== 'object' || json === null) return titles;
  const items = (json as { items?: unknown }).items;
  if (Array.isArray(items)) {
    const pending: unknown[] = [...items];
    for (let next = 0; next < pending.length && next < SITEMAP_LIMITS.entries; next += 1) {
      const item = pending[next] as { href?: unknown; title?: unknown; children?: unknown } | null;
      if (typeof item !== 'object' || item === null) continue;
      add(item.href, item.title);
      if (Array.isArray(item.children)) pending.push(...item.children);
    }
  } else {
    for (const [href, title] of Object.entries(json)) add(href, title);
  }
  return titles;
}
