import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  GovElement,
  compareNames,
  decodeText,
  fileTypeLabel,
  formatBytes,
  formatDate,
  heading,
  lazyImport,
  link,
  localize,
  listClass,
  longListStyles,
  localizedLang,
  machineDate,
  parserTools,
  picture,
  plainText,
  safeUrl,
  type DataSource,
  type Lang,
  type LocalizedText,
} from '@govkit-th/core';
import type { NewsAttachment, NewsData, NewsImage, NewsItem } from '@govkit-th/schemas';
import { newsStyles } from './gov-news-list.styles.js';

const DEFAULT_PAGE_SIZE = 10;
/** The formats the list reads, JSON first; no spaces, to stay within the 128 bytes of a safelisted Accept. */
const ACCEPT =
  'application/json,application/feed+json,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5';
/** Summaries longer than this many characters are shortened at a word boundary. */
const SUMMARY_LIMIT = 280;

/** The schema and its checkers load in their own chunk, from the moment an element is made. */
const loadChecker = lazyImport(() => import('./check.js'));

/**
 * The kit's JSON is read here; anything else (RSS, Atom, JSON Feed, or no news at all)
 * by the feed readers, loaded only then. The kit's JSON has no `version`; JSON Feed has.
 */
async function parse(text: string, info: { contentType: string; url: string }): Promise<unknown> {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body[0] === '{' || body[0] === '[') {
    const json = JSON.parse(body) as { version?: unknown };
    if (typeof json.version !== 'string') return json;
  }
  return (await import('./feeds.js')).parseNews(text, info, parserTools);
}

const th = {
  title: 'ข่าวประชาสัมพันธ์',
  empty: 'ยังไม่มีข่าวประชาสัมพันธ์ในขณะนี้',
  'category-label': 'หมวดหมู่ข่าว',
  'all-categories': 'ทุกหมวดหมู่',
  'category-option': '{name} ({count})',
  count: 'แสดง {shown} จาก {total}\u00a0ข่าว',
  'count-all.one': 'ทั้งหมด {count}\u00a0ข่าว',
  'count-all.other': 'ทั้งหมด {count}\u00a0ข่าว',
  'no-results': 'ไม่มีข่าวในหมวดหมู่ “{category}” ลองเลือกหมวดหมู่อื่น',
  'show-more': 'แสดงข่าวเพิ่มอีก {count}\u00a0ข่าว',
  untitled: 'ข่าวที่ไม่มีชื่อเรื่อง',
  attachments: 'เอกสารแนบ',
  file: 'ไฟล์',
  'file-details': '{type} ขนาด {size}',
  'error-parse': 'ไฟล์ข่าวมีรูปแบบไม่ถูกต้อง จึงอ่านไม่ได้ ใช้ได้เฉพาะไฟล์ JSON ของ GovKit, RSS, Atom หรือ JSON Feed',
  'error-xml-malformed': 'ไฟล์ข่าวแบบ XML มีโครงสร้างไม่ถูกต้อง จึงอ่านไม่ได้',
  'error-not-a-feed': 'ไฟล์นี้ไม่ใช่ฟีดข่าว ใช้ได้เฉพาะไฟล์ JSON ของ GovKit, RSS, Atom หรือ JSON Feed',
};

const en = {
  title: 'News and announcements',
  empty: 'No news has been published yet.',
  'category-label': 'Category',
  'all-categories': 'All categories',
  'category-option': '{name} ({count})',
  count: 'Showing {shown} of {total}\u00a0news items',
  'count-all.one': '{count}\u00a0news item',
  'count-all.other': '{count}\u00a0news items',
  'no-results': 'There is no news in the category “{category}”. Try another category.',
  'show-more': 'Show {count}\u00a0more',
  untitled: 'Untitled news item',
  attachments: 'Attachments',
  file: 'File',
  'file-details': '{type}, {size}',
  'error-parse': 'The news file is malformed and cannot be read. It must be GovKit JSON, RSS, Atom or JSON Feed.',
  'error-xml-malformed': 'The XML news feed is not well formed and cannot be read.',
  'error-not-a-feed': 'This file is not a news feed. It must be GovKit JSON, RSS, Atom or JSON Feed.',
} satisfies Record<keyof typeof th, string>;

/** Newest first by publication date; undated items last, in their original order. Done once per data. */
function newestFirst(items: NewsItem[]): NewsItem[] {
  const keyed = items.map((item, index) => {
    const time = item.publishedAt ? Date.parse(item.publishedAt) : NaN;
    return { item, index, time: Number.isNaN(time) ? -Infinity : time };
  });
  keyed.sort((a, b) => b.time - a.time || a.index - b.index);
  return keyed.map((entry) => entry.item);
}

let wordSegmenter: Intl.Segmenter | undefined;
/** Cuts long text at the last word boundary before the limit (Thai words too, via Intl.Segmenter). */
function shorten(text: string): string {
  if (text.length <= SUMMARY_LIMIT) return text;
  wordSegmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  let cut = 0;
  // A window past the limit, so the word that straddles it is seen whole.
  for (const { index, segment } of wordSegmenter.segment(text.slice(0, SUMMARY_LIMIT + 40))) {
    if (index + segment.length > SUMMARY_LIMIT) break;
    cut = index + segment.length;
  }
  if (cut < SUMMARY_LIMIT / 2) cut = SUMMARY_LIMIT;
  if (/[\ud800-\udbff]/.test(text.charAt(cut - 1))) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** What every item of one render shares, worked out once per render rather than once per item. */
interface Context {
  lang: Lang;
  /** The feed's language, for text that does not say its own. */
  language?: string;
  base: string;
  /** Item titles are one level below the list's heading. */
  level: number;
  t: Record<'published-at' | 'updated-at' | 'untitled' | 'attachments' | 'file', string>;
}

/**
 * News and announcements (order 1.4(1)): newest first, each with its Buddhist-era
 * publication date and, when it differs, its last-modified date; a category filter;
 * a "show more" button for long lists; downloadable files with their type and size;
 * pictures that keep their space while they load. Reads the kit's JSON and also RSS 2.0,
 * RSS 1.0, Atom and JSON Feed, told apart by their content.
 *
 * @tagname gov-news-list
 * @summary News and announcements with dates, categories, attachments and paging; also reads RSS, Atom and JSON Feed.
 *
 * @slot - Fallback content (for example the latest news as plain HTML), shown before the element upgrades and when loading fails.
 *
 * @csspart heading - The heading above the list.
 * @csspart filter - The category select.
 * @csspart count - The line that says how many items are shown.
 * @csspart list - The list of news items.
 * @csspart item - One news item (`li`).
 * @csspart image - The item's picture.
 * @csspart title-link - The link on an item's title.
 * @csspart meta - The category and dates line.
 * @csspart category - The item's category.
 * @csspart summary - The item's teaser text.
 * @csspart attachments - The item's list of files.
 * @csspart attachment - One file link.
 * @csspart more-button - The "show more" button.
 * @csspart status - The loading or empty status line.
 * @csspart error - The error message box.
 * @csspart retry-button - The retry button in the error state.
 * @csspart publication - The publication record.
 *
 * @cssprop [--gov-news-image-width=12rem] - Width of item pictures on wide screens.
 *
 * @fires gov-load - The data is ready; `detail` is the data, newest first.
 * @fires gov-error - Loading, parsing or validation failed; `detail.error` says why.
 */
export class GovNewsList extends GovElement<NewsData> {
  static override styles = [...GovElement.styles, newsStyles, longListStyles];

  static override strings = { th, en };

  static override properties = {
    ...GovElement.properties,
    pageSize: { type: Number, attribute: 'page-size' },
    category: { type: String },
    oneRecord: { type: Boolean, attribute: 'one-record' },
    shown: { state: true },
  };

  /** How many items each page shows (the first page, and each "show more"). */
  declare pageSize: number;
  /** The selected category (its text in the reader's language); empty for all. */
  declare category: string;
  /**
   * One publication record for the list, at its end, instead of one under every item: the
   * data's own, else the newest item's (a publishing desk's feed has records per item only).
   * For a home page's latest news, beside other sections that each show theirs once.
   */
  declare oneRecord: boolean;
  /** How many items of the (filtered) list are revealed. */
  declare shown: number;

  private listedData?: NewsData;
  private filterMemo?: { data: NewsData; key: string; items: NewsItem[] };
  private categoryMemo?: { data: NewsData; lang: string; names: Array<[string, number]> };
  private summaries = new WeakMap<NewsItem, Map<string, string>>();

  constructor() {
    super();
    this.pageSize = DEFAULT_PAGE_SIZE;
    this.category = '';
    this.shown = DEFAULT_PAGE_SIZE;
  }

  protected dataSource(): DataSource<NewsData> {
    loadChecker().catch(() => undefined); // early, beside the data's fetch; a failure is retried when the data is checked
    return {
      // At most 128 bytes, so it stays a CORS-safelisted header: a longer Accept makes the
      // browser ask first (a preflight), which a host of static files or another agency's
      // feed does not answer, and the feed from another origin would not load.
      accept: ACCEPT,
      decode: (bytes, { contentType }) => decodeText(bytes, contentType),
      parse,
      validate: async (data) => (await loadChecker()).checkNews(data, this.lang),
      normalise: (data) => ({ ...data, items: newestFirst(data.items) }),
      isEmpty: (data) => data.items.length === 0,
    };
  }

  private get step(): number {
    return Number.isInteger(this.pageSize) && this.pageSize > 0 ? this.pageSize : DEFAULT_PAGE_SIZE;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new list, another category or another page size starts again at the first page.
    if (this.data !== this.listedData || changed.has('category') || changed.has('pageSize')) {
      this.listedData = this.data;
      this.shown = this.step;
    }
  }

  /** Reveals the next page and moves focus to its first item, so keyboard and screen-reader users carry on from there. */
  async showMore(): Promise<void> {
    const firstNew = this.shown;
    this.shown += this.step;
    await this.updateComplete;
    const item = this.renderRoot.querySelector(`li[data-index="${firstNew}"]`);
    const target = item?.querySelector<HTMLElement>('.title a') ?? item?.querySelector<HTMLElement>('.title');
    target?.focus();
  }

  protected renderReady(data: NewsData): unknown {
    const all = this.filtered(data);
    const visible = all.slice(0, this.shown);
    const remaining = all.length - visible.length;
    const c: Context = {
      lang: this.lang,
      language: data.language,
      base: this.dataController.baseUrl,
      level: this.innerHeadingLevel,
      t: {
        'published-at': this.t('published-at'),
        'updated-at': this.t('updated-at'),
        untitled: this.t('untitled'),
        attachments: this.t('attachments'),
        file: this.t('file'),
      },
    };
    return html`${this.renderHeading(data)} ${this.renderFilter(data)}
      <p class="count" role="status" part="count">${this.countText(visible.length, all.length)}</p>
      <ul class=${listClass(visible.length)} part="list">
        ${visible.map((item, index) => this.renderItem(item, index, c))}
      </ul>
      ${
        remaining > 0
          ? html`<button type="button" class="more" part="more-button" @click=${() => this.showMore()}>
            ${this.t('show-more', { count: Math.min(remaining, this.step) })}
          </button>`
          : nothing
      }
      ${this.publication(data.publication ?? (this.oneRecord ? visible[0]?.publication : undefined))}`;
  }

  private countText(shown: number, total: number): string {
    if (total === 0) return this.t('no-results', { category: this.category });
    if (shown < total) return this.t('count', { shown, total });
    return this.t('count-all', { count: total });
  }

  private renderFilter(data: NewsData): unknown {
    const categories = this.categories(data);
    if (categories.length < 2) return nothing;
    return html`<div class="filter">
      <label for="category">${this.t('category-label')}</label>
      <select id="category" part="filter" @change=${(event: Event) => (this.category = (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${this.category === ''}>${this.t('all-categories')}</option>
        ${categories.map(
          ([name, count]) =>
            html`<option value=${name} ?selected=${this.category === name}>${this.t('category-option', { name, count })}</option>`,
        )}
      </select>
    </div>`;
  }

  /**
   * One item: one template instance plus its few optional pieces. No white space between
   * the blocks: it would only add text nodes.
   */
  private renderItem(item: NewsItem, index: number, c: Context): TemplateResult {
    const title = localize(item.title, c.lang);
    const label = title || html`<span class="untitled">${c.t.untitled}</span>`;
    const summary = this.summaryText(item, c.lang);
    const image = this.renderImage(item.image, c);
    const content = item.url ? link(item.url, label, { base: c.base, part: 'title-link' }) : label;
    return html`<li part="item" data-index=${index}>
      <article class=${image === nothing ? '' : 'with-image'}>
        ${image}
        <div class="body">
          ${heading(c.level, content, undefined, { part: '', focusable: true, className: 'title', lang: langOf(item.title, c) })}${this.renderMeta(item, c)}${
            summary ? html`<p class="summary" part="summary" lang=${langOf(item.summary, c)}>${summary}</p>` : nothing
          }${this.renderAttachments(item.attachments, c)}${this.oneRecord ? nothing : this.publication(item.publication)}
        </div>
      </article>
    </li>`;
  }

  /** The category, the publication date and, when it names another day, the last-modified date. */
  private renderMeta(item: NewsItem, c: Context): unknown {
    const category = localize(item.category, c.lang);
    const published = item.publishedAt ? formatDate(item.publishedAt, c.lang, { numerals: this.numerals }) : undefined;
    const updated = item.updatedAt ? formatDate(item.updatedAt, c.lang, { numerals: this.numerals }) : undefined;
    if (!category && !published && !updated) return nothing;
    const categoryText = category
      ? html`<span class="category" part="category" lang=${langOf(item.category, c)}>${category}</span>`
      : nothing;
    const publishedText = published ? stamp('published', c.t['published-at'], item.publishedAt!, published) : nothing;
    const updatedText =
      updated && updated !== published ? stamp('updated', c.t['updated-at'], item.updatedAt!, updated) : nothing;
    return html`<p class="meta" part="meta">${categoryText} ${publishedText} ${updatedText}</p>`;
  }

  private renderImage(image: NewsImage | undefined, c: Context) {
    const src = image && safeUrl(image.src, c.base);
    if (!src || !/^https?:/i.test(src)) return nothing;
    return picture('image', src, localize(image.alt, c.lang), image);
  }

  private renderAttachments(files: NewsAttachment[] | undefined, c: Context): unknown {
    if (!files?.length) return nothing;
    return html`<div class="attachments" part="attachments">
      <p class="attachments-title">${c.t.attachments}</p>
      <ul>
        ${files.map((file) => {
          const type = fileTypeLabel(file.type, file.url) ?? c.t.file;
          const details =
            file.size === undefined
              ? type
              : this.t('file-details', { type, size: formatBytes(file.size, c.lang, this.numerals) });
          const label = html`<span class="file-title">${localize(file.title, c.lang)}</span> <span class="file-meta">(${details})</span>`;
          return html`<li>${link(file.url, label, { base: c.base, part: 'attachment' })}</li>`;
        })}
      </ul>
    </div>`;
  }

  /** The teaser as plain text, shortened; worked out once per item and language, and only for items on screen. */
  private summaryText(item: NewsItem, lang: Lang): string {
    if (!item.summary) return '';
    let byLang = this.summaries.get(item);
    if (!byLang) this.summaries.set(item, (byLang = new Map()));
    let text = byLang.get(lang);
    if (text === undefined) {
      text = shorten(plainText(localize(item.summary, lang)));
      byLang.set(lang, text);
    }
    return text;
  }

  private filtered(data: NewsData): NewsItem[] {
    const lang = this.lang;
    const key = `${lang}\u0000${this.category}`;
    if (this.filterMemo?.data !== data || this.filterMemo.key !== key) {
      const items =
        this.category === ''
          ? data.items
          : data.items.filter((item) => localize(item.category, lang) === this.category);
      this.filterMemo = { data, key, items };
    }
    return this.filterMemo.items;
  }

  /** Category names in the reader's language with how many items each has, in Thai dictionary order. */
  private categories(data: NewsData): Array<[string, number]> {
    const lang = this.lang;
    if (this.categoryMemo?.data !== data || this.categoryMemo.lang !== lang) {
      const counts = new Map<string, number>();
      for (const item of data.items) {
        const name = localize(item.category, lang);
        if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      const compare = compareNames(lang);
      this.categoryMemo = { data, lang, names: [...counts].sort(([a], [b]) => compare(a, b)) };
    }
    return this.categoryMemo.names;
  }
}

/** A date with what it is (`เผยแพร่เมื่อ 16 พ.ค. 2561`), as `<time datetime>`. */
function stamp(kind: string, label: string, value: string, shown: string) {
  return html`<span class=${kind}>${label} <time datetime=${machineDate(value)!}>${shown}</time></span>`;
}

/** `lang` for text whose language is not the page's: the other half of `{th, en}`, or the feed's language. */
function langOf(value: LocalizedText | undefined, c: Context) {
  if (value === undefined) return nothing;
  const chosen = localizedLang(value, c.lang);
  if (chosen) return chosen === c.lang ? nothing : chosen;
  return c.language && c.language.toLowerCase().split('-')[0] !== c.lang ? c.language : nothing;
}
