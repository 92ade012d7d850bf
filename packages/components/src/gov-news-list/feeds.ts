import type { NewsAttachment, NewsData, NewsImage, NewsItem } from '@govkit-th/schemas';

/**
 * Reads what `src` returned, whatever it says it is: the kit's JSON, JSON Feed 1.x,
 * RSS 2.0 (and 0.9x), RSS 1.0 (RDF) or Atom 1.0, told apart by the content itself
 * (servers often send feeds as text/plain or application/octet-stream). Feeds become
 * {@link NewsData}, which is then validated like the kit's own JSON.
 *
 * What a feed item becomes:
 * - title: plain text (Atom `type="html"` titles lose their tags);
 * - summary: HTML as the feed gives it (RSS `description`, else `content:encoded`; Atom
 *   `summary`, else `content`; JSON Feed `summary`, else `content_html`/`content_text`);
 *   plain-text constructs are escaped, so the element can treat every summary alike and
 *   reduce it to text;
 * - publishedAt: RSS `pubDate`, else `dc:date`; Atom `published`, else `updated`; JSON
 *   Feed `date_published`. A date that cannot be read is left out and the item kept:
 *   a reader cannot mend someone else's feed. updatedAt: Atom `updated`, JSON Feed
 *   `date_modified`;
 * - links are kept as written and resolve against the feed's URL when shown; Atom
 *   `xml:base` is applied here;
 * - enclosures that are pictures become the item's image (decorative: the title beside
 *   it says what it is about), other enclosures become attachments.
 * Values the schema would refuse (a link over 2,048 characters, an empty title, a size
 * that is not a whole number) are dropped one by one, so one odd field never hides a
 * whole feed.
 *
 * The element loads this module only for bodies that are not the kit's JSON. XML is read
 * with core's `parseXml`, which the caller passes in: a module imported both here and by
 * the element would become a separate file that every page loads up front.
 */
export type NewsFormat = 'govkit-json' | 'json-feed' | 'rss' | 'rss1' | 'atom';

/** Core's `parseXml`: XML text to an inert document, refusing entity declarations. */
export type XmlParser = (text: string) => Document;

const ATOM = 'http://www.w3.org/2005/Atom';
const ATOM_03 = 'http://purl.org/atom/ns#';
const RSS1 = 'http://purl.org/rss/1.0/';
const RSS_090 = 'http://my.netscape.com/rdf/simple/0.9/';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const MAX_URL = 2048;
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** The body is well formed but no news format the element reads; `reason` picks the localised message. */
export class NotAFeedError extends Error {
  readonly reason = 'not-a-feed';
  constructor(message: string) {
    super(message);
    this.name = 'NotAFeedError';
  }
}

/** Parses a fetched body into the data the schema checks. Throws when it is no news at all. */
export function parseNews(text: string, info: { contentType: string; url: string }, parseXml: XmlParser): unknown {
  const source = text.replace(/^\uFEFF/, '').trimStart();
  const first = source.charAt(0);
  if (first === '{' || first === '[') {
    const json: unknown = JSON.parse(source);
    return isJsonFeed(json) ? fromJsonFeed(json) : json;
  }
  if (first === '<') return fromXml(parseXml(source), info.url, source.includes('xml:base'));
  throw new NotAFeedError(`neither JSON nor XML (Content-Type: ${info.contentType || 'none'})`);
}

/** Which format a body is in, judged by its content alone; `undefined` when it is none of them. */
export function detectFormat(text: string, parseXml: XmlParser): NewsFormat | undefined {
  const source = text.replace(/^\uFEFF/, '').trimStart();
  if (source.startsWith('{')) {
    try {
      return isJsonFeed(JSON.parse(source)) ? 'json-feed' : 'govkit-json';
    } catch {
      return undefined;
    }
  }
  if (!source.startsWith('<')) return undefined;
  try {
    return xmlFormat(parseXml(source).documentElement);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- shared helpers

type Json = Record<string, unknown>;

function isJsonFeed(value: unknown): value is Json {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Json).version === 'string' &&
    /^https?:\/\/jsonfeed\.org\/version\//.test((value as Json).version as string)
  );
}

function clean(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function cleanUrl(value: unknown): string | undefined {
  const url = clean(value);
  return url && url.length <= MAX_URL ? url : undefined;
}

/** Any date the browser can read, as ISO 8601 in UTC; `undefined` when it is not a date. */
export function feedDate(value: unknown): string | undefined {
  const text = clean(value);
  if (!text) return undefined;
  const time = new Date(text).getTime();
  if (Number.isNaN(time)) return undefined;
  const year = new Date(time).getUTCFullYear();
  return year >= 1 && year <= 9999 ? new Date(time).toISOString() : undefined;
}

function positiveInteger(value: unknown, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(number) && number > 0 && number <= max ? number : undefined;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Markup to text for titles (rare in feeds); numeric and the common named references decoded. */
function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function isImageType(type: string | undefined, url: string): boolean {
  return type ? /^image\//i.test(type) : /\.(jpe?g|png|gif|webp|avif)(\?|#|$)/i.test(url);
}

/** A readable name for an enclosure that has no title: its file name, else its address. */
function fileName(url: string): string {
  try {
    const path = new URL(url, 'https://example.invalid/').pathname;
    const last = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
    return last.trim() || url;
  } catch {
    return url;
  }
}

function attachment(
  url: string | undefined,
  type: string | undefined,
  size: unknown,
  title?: string,
): NewsAttachment | undefined {
  if (!url) return undefined;
  const result: NewsAttachment = { title: title ?? fileName(url), url };
  if (type && type.length <= 255) result.type = type;
  const bytes = positiveInteger(size);
  if (bytes !== undefined) result.size = bytes;
  return result;
}

function image(src: string | undefined, width?: unknown, height?: unknown): NewsImage | undefined {
  if (!src) return undefined;
  const result: NewsImage = { src, alt: '' };
  const w = positiveInteger(width, 20000);
  const h = positiveInteger(height, 20000);
  if (w && h) {
    result.width = w;
    result.height = h;
  }
  return result;
}

/** Puts an item together, leaving out every field that has no value. */
function item(fields: NewsItem, index: number): NewsItem {
  const result: NewsItem = { id: fields.id && fields.id.length <= MAX_URL ? fields.id : String(index + 1) };
  for (const key of ['title', 'summary', 'url', 'category', 'publishedAt', 'updatedAt', 'image'] as const) {
    if (fields[key] !== undefined) (result as unknown as Json)[key] = fields[key];
  }
  if (fields.attachments?.length) result.attachments = fields.attachments.slice(0, 50);
  return result;
}

function language(value: unknown): string | undefined {
  const text = clean(value);
  return text && LANGUAGE.test(text) ? text : undefined;
}

// ---------------------------------------------------------------- JSON Feed

function fromJsonFeed(feed: Json): NewsData {
  const items = Array.isArray(feed.items) ? feed.items : [];
  const data: NewsData = {
    items: items
      .filter((entry): entry is Json => typeof entry === 'object' && entry !== null && !Array.isArray(entry))
      .map((entry, index) => {
        const summary = clean(entry.summary) ?? clean(entry.content_html) ?? clean(entry.content_text);
        const summaryIsHtml = !clean(entry.summary) && Boolean(clean(entry.content_html));
        const attachments = (Array.isArray(entry.attachments) ? entry.attachments : [])
          .filter((file): file is Json => typeof file === 'object' && file !== null)
          .map((file) => attachment(cleanUrl(file.url), clean(file.mime_type), file.size_in_bytes, clean(file.title)))
          .filter((file): file is NewsAttachment => file !== undefined);
        const tags = Array.isArray(entry.tags) ? entry.tags : [];
        return item(
          {
            id: typeof entry.id === 'number' ? String(entry.id) : (clean(entry.id) ?? ''),
            title: clean(entry.title),
            summary: summary && !summaryIsHtml ? escapeHtml(summary) : summary,
            url: cleanUrl(entry.url) ?? cleanUrl(entry.external_url),
            category: clean(tags[0]),
            publishedAt: feedDate(entry.date_published),
            updatedAt: feedDate(entry.date_modified),
            image: image(cleanUrl(entry.image) ?? cleanUrl(entry.banner_image)),
            attachments,
          },
          index,
        );
      }),
  };
  const title = clean(feed.title);
  if (title) data.title = title;
  const lang = language(feed.language);
  if (lang) data.language = lang;
  return data;
}

// ---------------------------------------------------------------- XML feeds

function xmlFormat(root: Element): 'rss' | 'rss1' | 'atom' | undefined {
  if (root.localName === 'rss') return 'rss';
  if (root.localName === 'RDF') return 'rss1';
  if (
    root.localName === 'feed' &&
    (root.namespaceURI === ATOM || root.namespaceURI === ATOM_03 || root.namespaceURI === null)
  )
    return 'atom';
  return undefined;
}

/** Elements of RSS itself: no namespace (RSS 0.9x/2.0) or the RSS 1.0 / 0.90 namespaces. */
const isRss = (element: Element) =>
  element.namespaceURI === null || element.namespaceURI === RSS1 || element.namespaceURI === RSS_090;
const isAtom = (element: Element) =>
  element.namespaceURI === ATOM || element.namespaceURI === ATOM_03 || element.namespaceURI === null;
/** Modules are matched by their usual prefix or their namespace, as feeds get the namespace wrong (a missing slash). */
const inModule = (prefix: string, namespace: string) => (element: Element) =>
  element.prefix === prefix || (element.namespaceURI ?? '').replace(/\/$/, '') === namespace;
const isDc = inModule('dc', 'http://purl.org/dc/elements/1.1');
const isContent = inModule('content', 'http://purl.org/rss/1.0/modules/content');
const isMedia = inModule('media', 'http://search.yahoo.com/mrss');

function children(parent: Element, name: string, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const child of Array.from(parent.children)) if (child.localName === name && test(child)) found.push(child);
  return found;
}

function child(parent: Element, name: string, test: (element: Element) => boolean): Element | undefined {
  for (const element of Array.from(parent.children)) if (element.localName === name && test(element)) return element;
  return undefined;
}

function textOf(element: Element | undefined): string | undefined {
  return element ? clean(element.textContent) : undefined;
}

function fromXml(document: Document, feedUrl: string, hasXmlBase: boolean): NewsData {
  const root = document.documentElement;
  const format = xmlFormat(root);
  if (!format)
    throw new NotAFeedError(`not a news feed: the document is <${root.localName}>, not <rss>, <rdf:RDF> or <feed>`);
  const resolve = (element: Element, href: string | undefined) =>
    href && hasXmlBase ? withXmlBase(element, href, feedUrl) : href;
  return format === 'atom' ? fromAtom(root, resolve) : fromRss(root, format === 'rss1' ? 'rss1' : 'rss');
}

/** Atom's `xml:base`: each one on the way down from the root resolves against the one above. */
function withXmlBase(element: Element, href: string, feedUrl: string): string | undefined {
  const bases: string[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    const base = node.getAttributeNS(XML_NS, 'base');
    if (base) bases.unshift(base);
  }
  try {
    const base = bases.reduce((resolved, next) => new URL(next, resolved).href, feedUrl);
    const url = new URL(href, base).href;
    return url.length <= MAX_URL ? url : undefined;
  } catch {
    return href;
  }
}

function fromRss(root: Element, format: 'rss' | 'rss1'): NewsData {
  const channel = child(root, 'channel', isRss) ?? root;
  // RSS 2.0 nests items in <channel>; RSS 1.0 puts them beside it; a few 0.9x feeds do too.
  const entries = format === 'rss1' ? children(root, 'item', isRss) : children(channel, 'item', isRss);
  if (format === 'rss' && entries.length === 0) entries.push(...children(root, 'item', isRss));
  const data: NewsData = { items: entries.map((entry, index) => rssItem(entry, index)) };
  const title = textOf(child(channel, 'title', isRss)) ?? textOf(child(channel, 'title', isDc));
  if (title) data.title = title;
  const lang = language(textOf(child(channel, 'language', isRss)) ?? textOf(child(channel, 'language', isDc)));
  if (lang) data.language = lang;
  const link = cleanUrl(textOf(child(channel, 'link', isRss)));
  if (link && title) data.publication = { source: { title, url: link } };
  return data;
}

function rssItem(entry: Element, index: number): NewsItem {
  const guid = child(entry, 'guid', isRss);
  const guidText = textOf(guid);
  const permalink =
    guid?.getAttribute('isPermaLink') !== 'false' && guidText && /^https?:/i.test(guidText) ? guidText : undefined;
  const link = cleanUrl(textOf(child(entry, 'link', isRss))) ?? cleanUrl(permalink);
  let picture: NewsImage | undefined;
  const files: NewsAttachment[] = [];
  for (const enclosure of children(entry, 'enclosure', isRss)) {
    const url = cleanUrl(enclosure.getAttribute('url'));
    const type = clean(enclosure.getAttribute('type'));
    if (!url) continue;
    if (!picture && isImageType(type, url)) picture = image(url);
    else files.push(attachment(url, type, enclosure.getAttribute('length'))!);
  }
  return item(
    {
      id: guidText ?? link ?? '',
      title: textOf(child(entry, 'title', isRss)) ?? textOf(child(entry, 'title', isDc)),
      summary: textOf(child(entry, 'description', isRss)) ?? textOf(child(entry, 'encoded', isContent)),
      url: link,
      category: textOf(child(entry, 'category', isRss)) ?? textOf(child(entry, 'subject', isDc)),
      publishedAt: feedDate(textOf(child(entry, 'pubDate', isRss)) ?? textOf(child(entry, 'date', isDc))),
      image: picture ?? mediaImage(entry),
      attachments: files,
    },
    index,
  );
}

/** A Media RSS picture: `media:thumbnail`, or `media:content` that is an image, also inside `media:group`. */
function mediaImage(entry: Element): NewsImage | undefined {
  const candidates = [entry, ...children(entry, 'group', isMedia)].flatMap((parent) => [
    ...children(parent, 'thumbnail', isMedia),
    ...children(parent, 'content', isMedia).filter(
      (content) =>
        content.getAttribute('medium') === 'image' ||
        isImageType(clean(content.getAttribute('type')), content.getAttribute('url') ?? ''),
    ),
  ]);
  for (const candidate of candidates) {
    const url = cleanUrl(candidate.getAttribute('url'));
    if (url) return image(url, candidate.getAttribute('width'), candidate.getAttribute('height'));
  }
  return undefined;
}

/** An Atom text construct as plain text (`type="html"` loses its tags). */
function atomText(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  const text = element.textContent ?? '';
  return clean(element.getAttribute('type') === 'html' ? htmlToText(text) : text);
}

/** An Atom text construct as HTML, for the summary. */
function atomHtml(element: Element | undefined): string | undefined {
  if (!element || element.hasAttribute('src')) return undefined;
  const type = element.getAttribute('type') ?? 'text';
  const text = clean(element.textContent);
  if (!text) return undefined;
  return type === 'html' || type === 'text/html' ? text : escapeHtml(text);
}

type Resolve = (element: Element, href: string | undefined) => string | undefined;

function fromAtom(root: Element, resolve: Resolve): NewsData {
  const data: NewsData = {
    items: children(root, 'entry', isAtom).map((entry, index) => atomEntry(entry, index, resolve)),
  };
  const title = atomText(child(root, 'title', isAtom));
  if (title) data.title = title;
  const lang = language(root.getAttributeNS(XML_NS, 'lang'));
  if (lang) data.language = lang;
  const home = atomLink(root, resolve);
  if (home && title) data.publication = { source: { title, url: home } };
  return data;
}

/** The `alternate` link (a link without `rel` is one), else the first link that is not an enclosure. */
function atomLink(parent: Element, resolve: Resolve): string | undefined {
  const links = children(parent, 'link', isAtom).filter((link) => link.getAttribute('href'));
  const alternate =
    links.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate') ??
    links.find((link) => link.getAttribute('rel') !== 'enclosure');
  return alternate ? cleanUrl(resolve(alternate, clean(alternate.getAttribute('href')))) : undefined;
}

function atomEntry(entry: Element, index: number, resolve: Resolve): NewsItem {
  const published = feedDate(textOf(child(entry, 'published', isAtom)) ?? textOf(child(entry, 'issued', isAtom)));
  const updated = feedDate(textOf(child(entry, 'updated', isAtom)) ?? textOf(child(entry, 'modified', isAtom)));
  let picture: NewsImage | undefined;
  const files: NewsAttachment[] = [];
  for (const link of children(entry, 'link', isAtom)) {
    if (link.getAttribute('rel') !== 'enclosure') continue;
    const url = cleanUrl(resolve(link, clean(link.getAttribute('href'))));
    const type = clean(link.getAttribute('type'));
    if (!url) continue;
    if (!picture && isImageType(type, url)) picture = image(url);
    else files.push(attachment(url, type, link.getAttribute('length'), clean(link.getAttribute('title')))!);
  }
  const category = child(entry, 'category', isAtom);
  const url = atomLink(entry, resolve);
  return item(
    {
      id: textOf(child(entry, 'id', isAtom)) ?? url ?? '',
      title: atomText(child(entry, 'title', isAtom)),
      summary: atomHtml(child(entry, 'summary', isAtom)) ?? atomHtml(child(entry, 'content', isAtom)),
      url,
      category: clean(category?.getAttribute('label')) ?? clean(category?.getAttribute('term')),
      publishedAt: published ?? updated,
      updatedAt: published ? updated : undefined,
      image: picture ?? mediaImage(entry),
      attachments: files,
    },
    index,
  );
}
