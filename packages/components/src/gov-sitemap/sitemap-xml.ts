import { parseXml } from '@govkit-th/core';
import { SITEMAP_LIMITS, type LocalizedText, type SitemapData, type SitemapItem } from '@govkit-th/schemas';

/**
 * Reading a standard sitemap.xml (sitemaps.org 0.9) into the kit's sitemap tree: each
 * `<url><loc>` becomes a page, and the segments of its path become nested sections.
 */

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

/** True when a fetched body is XML rather than the kit's JSON. */
export function looksLikeXml(text: string, contentType: string): boolean {
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('<')) return true;
  if (start.startsWith('{') || start.startsWith('[')) return false;
  return /\bxml\b|\+xml/i.test(contentType);
}

/**
 * The address a page is known by: without its `#fragment`, and `…/index.html` is `…/`,
 * so a link to a folder and to its index page are the same page.
 */
export function pageKey(href: string, base?: string): string | undefined {
  try {
    const url = new URL(href, base ?? document.baseURI);
    url.hash = '';
    url.pathname = url.pathname.replace(/\/index\.html?$/i, '/');
    return url.href;
  } catch {
    return undefined;
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
export function readLocs(text: string): string[] {
  const body = text.replace(/^\ufeff/, '');
  if (/^\s*(<!--[\s\S]*?-->\s*)*(<!doctype\s+html|<html[\s>])/i.test(body)) {
    throw new SitemapFileError('not-sitemap', 'the file is an HTML page, not a sitemap');
  }
  const doc = parseXml(body);
  const root = doc.documentElement;
  if (root.localName === 'sitemapindex') {
    throw new SitemapFileError('sitemap-index', 'sitemap index files are not supported; point src at one of the sitemaps it lists');
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
export function sitemapTreeFromXml(text: string, fileUrl: string, homeTitle: LocalizedText): SitemapTree {
  const roots = new Map<string, Branch>();
  const unlinked: SitemapItem[] = [];
  for (const loc of readLocs(text)) {
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
    const segments = url.pathname.replace(/\/index\.html?$/i, '/').split('/').filter(Boolean);
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
