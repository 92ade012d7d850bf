import { html, nothing, type PropertyValues } from 'lit';
import {
  GovElement,
  heading,
  isExternal,
  lazyImport,
  parserTools,
  safeUrl,
  type DataSource,
  type Lang,
  type PrepareTools,
} from '@govkit-th/core';
import type { LocalizedText, SitemapData, SitemapItem } from '@govkit-th/schemas';
import { sitemapStyles } from './gov-sitemap.styles.js';

/** The schema and its checks load in their own chunk, from the moment an element is made. */
const loadChecker = lazyImport(() => import('./check.js'));

/** True when a fetched body is XML rather than the kit's JSON. */
function looksLikeXml(text: string, contentType: string): boolean {
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('<')) return true;
  if (start.startsWith('{') || start.startsWith('[')) return false;
  return /\bxml\b|\+xml/i.test(contentType);
}

const th = {
  title: 'แผนผังเว็บไซต์',
  'expand-all': 'เปิดทุกหมวด',
  'collapse-all': 'ปิดทุกหมวด',
  'sub-pages': 'หน้าย่อย {count}\u00a0รายการ',
  'you-are-here': 'หน้าที่คุณอยู่',
  external: '(เว็บไซต์ภายนอก)',
  home: 'หน้าหลัก',
  empty: 'ยังไม่มีแผนผังเว็บไซต์ในขณะนี้',
  'too-deep': 'รายการซ้อนกันลึกเกิน {limit}\u00a0ชั้น',
  'too-many': 'มีรายการรวมเกิน {limit}\u00a0รายการ',
  'error-not-sitemap': 'ไฟล์นี้ไม่ใช่แผนผังเว็บไซต์ในรูปแบบ sitemap.xml หรือ JSON ของ GovKit จึงแสดงไม่ได้',
  'error-xml-malformed': 'ไฟล์ sitemap.xml มีรูปแบบ XML ไม่ถูกต้อง จึงอ่านไม่ได้',
  'error-xml-unsafe': 'ไฟล์ XML นี้มีการประกาศ ENTITY ซึ่งไม่อนุญาตเพื่อความปลอดภัย',
  'error-sitemap-index':
    'ไฟล์นี้เป็นดัชนีแผนผังเว็บไซต์ (sitemap index) ซึ่งยังไม่รองรับ กรุณาระบุไฟล์ sitemap.xml ที่มีรายการหน้าเว็บโดยตรง',
};

const en = {
  title: 'Site map',
  'expand-all': 'Open all sections',
  'collapse-all': 'Close all sections',
  'sub-pages': 'Sub-pages ({count})',
  'you-are-here': 'You are here',
  external: '(external site)',
  home: 'Home',
  empty: 'No site map has been published yet.',
  'too-deep': 'Nested more than {limit}\u00a0levels deep',
  'too-many': 'More than {limit}\u00a0entries in all',
  'error-not-sitemap': 'This file is neither a sitemap.xml nor GovKit site map data, so it cannot be shown.',
  'error-xml-malformed': 'The sitemap.xml file is not well-formed XML and cannot be read.',
  'error-xml-unsafe': 'This XML file declares entities, which are refused for safety.',
  'error-sitemap-index':
    'This file is a sitemap index, which is not supported. Point the site map at a sitemap.xml that lists the pages themselves.',
} satisfies Record<keyof typeof th, string>;

/**
 * The address a page is known by: without its `#fragment`, and `…/index.html` is `…/`,
 * so a link to a folder and to its index page are the same page.
 */
function pageKey(href: string, base?: string): string | undefined {
  try {
    const url = new URL(href, base ?? document.baseURI);
    url.hash = '';
    url.pathname = url.pathname.replace(/\/index\.html?$/i, '/');
    return url.href;
  } catch {
    return undefined;
  }
}

/**
 * The site map (order 1.1(7)): the whole structure of the site as nested lists in a
 * `<nav>`, top-level sections as headings, sections with sub-pages collapsible (open by
 * default, with open-all and close-all), and the current page marked with
 * `aria-current="page"`. Reads the kit's JSON or a standard `sitemap.xml`, whose URL paths
 * become the sections; a `titles` file gives those pages their names.
 *
 * @tagname gov-sitemap
 * @summary The site's structure as nested, collapsible lists; also reads sitemap.xml.
 *
 * @slot - Fallback content (for example the same site map as a plain nested list), shown before the element upgrades and when loading fails.
 *
 * @csspart heading - The heading above the site map.
 * @csspart toggles - The open-all and close-all buttons.
 * @csspart nav - The `nav` landmark around the lists.
 * @csspart list - Every list of entries.
 * @csspart section - One top-level section (`li`).
 * @csspart section-heading - The heading of a top-level section.
 * @csspart entry - One entry below the top level (`li`).
 * @csspart link - The link (or plain text, without an address) of an entry.
 * @csspart description - An entry's description.
 * @csspart group - The collapsible list of a section's sub-pages (`details`).
 * @csspart group-toggle - The control that opens and closes it (`summary`).
 * @csspart status - The loading or empty status line.
 * @csspart error - The error message box.
 * @csspart retry-button - The retry button in the error state.
 * @csspart publication - The publication record.
 *
 * @cssprop [--gov-sitemap-column=16rem] - The narrowest column of top-level sections.
 *
 * @fires gov-load - The data is ready; `detail` is the data.
 * @fires gov-error - Loading or validation failed; `detail.error` says why.
 */
export class GovSitemap extends GovElement<SitemapData> {
  static override styles = [...GovElement.styles, sitemapStyles];

  static override strings = { th, en };

  static override properties = {
    ...GovElement.properties,
    current: { type: String },
    titles: { type: String },
    closed: { state: true },
  };

  /** The address of the page to mark as current; the browser's address by default. */
  declare current?: string;
  /**
   * For sitemap.xml: names for its pages, as the URL of a JSON file (or the JSON itself):
   * `{ "/about/": { "th": "เกี่ยวกับหน่วยงาน", "en": "About us" } }`, or the kit's own
   * site map data, whose entries give their titles by `href`.
   */
  declare titles?: string;
  /** Keys (`0/2`) of the sections a person has closed; every section starts open. */
  declare closed: Set<string>;

  /** For data read from sitemap.xml: the address each entry's title is looked up by. */
  private readonly xmlTitleKeys = new WeakMap<SitemapData, WeakMap<SitemapItem, string>>();
  private readonly onNavigate = () => this.requestUpdate();

  constructor() {
    super();
    this.closed = new Set();
  }

  protected dataSource(): DataSource<SitemapData> {
    loadChecker().catch(() => undefined); // early, beside the data's fetch; a failure is retried when the data is checked
    return {
      accept: 'application/json, application/xml;q=0.9, text/xml;q=0.8',
      parse: (text, { contentType, url }) => this.parse(text, contentType, url),
      validate: async (data) =>
        (await loadChecker()).checkSitemap(data, this.lang, (rule, limit) =>
          this.t(rule === 'depth' ? 'too-deep' : 'too-many', { limit }),
        ),
      isEmpty: (data) => data.items.length === 0,
      prepare: (data, tools) => this.applyTitles(data, tools),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onNavigate);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onNavigate);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('state') && this.state === 'ready') this.closed = new Set();
  }

  /** Opens every section. */
  expandAll(): void {
    this.closed = new Set();
  }

  /** Closes every section, leaving the top-level headings in view. */
  collapseAll(): void {
    this.closed = new Set(this.sectionKeys(this.data?.items ?? []));
  }

  protected renderReady(data: SitemapData): unknown {
    const label = this.text(data.title) || this.t('title');
    const current = this.currentKey();
    return html`
      ${this.renderHeading(data)}
      ${
        this.sectionKeys(data.items).length > 0
          ? html`<div class="toggles" part="toggles">
            <button type="button" class="secondary" @click=${() => this.expandAll()}>${this.t('expand-all')}</button>
            <button type="button" class="secondary" @click=${() => this.collapseAll()}>${this.t('collapse-all')}</button>
          </div>`
          : nothing
      }
      <nav aria-label=${label} part="nav">
        <ul class="sections" part="list">
          ${data.items.map((item, index) => this.renderSection(item, String(index), current))}
        </ul>
      </nav>
      ${this.publication(data.publication)}
    `;
  }

  private renderSection(item: SitemapItem, key: string, current: string | undefined) {
    return html`<li class="section" part="section">
      ${heading(this.innerHeadingLevel, this.renderLink(item, current), undefined, {
        part: 'section-heading',
        className: 'section-heading',
      })}
      ${this.renderDescription(item)} ${this.renderChildren(item, key, current)}
    </li>`;
  }

  private renderEntry(item: SitemapItem, key: string, current: string | undefined): unknown {
    return html`<li class="entry" part="entry">
      ${this.renderLink(item, current)} ${this.renderDescription(item)} ${this.renderChildren(item, key, current)}
    </li>`;
  }

  private renderLink(item: SitemapItem, current: string | undefined) {
    const title = this.text(item.title);
    const url = safeUrl(item.href, this.dataController.baseUrl);
    if (!url) return html`<span class="title" part="link">${title}</span>`;
    const here = current !== undefined && pageKey(url) === current;
    return html`<a href=${url} part="link" aria-current=${here ? 'page' : nothing}
        >${title}${isExternal(url) ? html`<span class="visually-hidden"> ${this.t('external')}</span>` : nothing}</a
      >${here ? html` <span class="here" aria-hidden="true">${this.t('you-are-here')}</span>` : nothing}`;
  }

  private renderDescription(item: SitemapItem) {
    const description = this.text(item.description);
    return description ? html`<p class="description" part="description">${description}</p>` : nothing;
  }

  private renderChildren(item: SitemapItem, key: string, current: string | undefined) {
    const children = item.children ?? [];
    if (children.length === 0) return nothing;
    return html`<details part="group" ?open=${!this.closed.has(key)} @toggle=${(event: Event) => this.onToggle(key, event)}>
      <summary part="group-toggle">
        ${this.t('sub-pages', { count: children.length })}<span class="visually-hidden">: ${this.text(item.title)}</span>
      </summary>
      <ul part="list">
        ${children.map((child, index) => this.renderEntry(child, `${key}/${index}`, current))}
      </ul>
    </details>`;
  }

  private onToggle(key: string, event: Event): void {
    const open = (event.target as HTMLDetailsElement).open;
    if (open === !this.closed.has(key)) return;
    const next = new Set(this.closed);
    if (open) next.delete(key);
    else next.add(key);
    this.closed = next;
  }

  /** Keys of every entry that has sub-pages, at any depth. */
  private sectionKeys(items: SitemapItem[]): string[] {
    const keys: string[] = [];
    const pending = items.map((item, index) => ({ item, key: String(index) }));
    for (let next = 0; next < pending.length; next += 1) {
      const { item, key } = pending[next];
      if (!item.children?.length) continue;
      keys.push(key);
      item.children.forEach((child, index) => pending.push({ item: child, key: `${key}/${index}` }));
    }
    return keys;
  }

  /** The page to mark: the `current` attribute, or the browser's address. */
  private currentKey(): string | undefined {
    return this.current ? pageKey(this.current, document.baseURI) : pageKey(location.href);
  }

  /** The kit's JSON, or a sitemap.xml recognised by its content (its reader is loaded only then). */
  private async parse(text: string, contentType: string, url: string): Promise<unknown> {
    if (!looksLikeXml(text, contentType)) return JSON.parse(text);
    const { sitemapTreeFromXml } = await import('./sitemap-xml.js');
    const home = Object.fromEntries(
      (['th', 'en'] as Lang[]).map((lang) => [lang, this.l10n.t('home', undefined, lang)]),
    );
    const tree = sitemapTreeFromXml(text, url, home, parserTools);
    this.xmlTitleKeys.set(tree.data, tree.titleKeys);
    return tree.data;
  }

  /** Names the pages of a sitemap.xml from `titles`; without it they keep readable labels. */
  private async applyTitles(data: SitemapData, tools: PrepareTools): Promise<void> {
    const keys = this.xmlTitleKeys.get(data);
    const source = this.titles?.trim();
    if (!keys || !source) return;
    let titles: Map<string, LocalizedText>;
    try {
      titles = await this.loadTitles(source, tools);
    } catch (error) {
      // A newer `src` or `data` cancelled this load: nothing to tell.
      if ((error as Error)?.name === 'AbortError') return;
      console.warn(
        `[govkit] <${this.localName}>: titles ${source.startsWith('{') ? '(inline)' : source} not used:`,
        error,
      );
      return;
    }
    const pending = [...data.items];
    for (let next = 0; next < pending.length; next += 1) {
      const item = pending[next];
      const key = keys.get(item);
      const title = key ? titles.get(pageKey(key) ?? key) : undefined;
      if (title) item.title = title;
      pending.push(...(item.children ?? []));
    }
  }

  /** The titles, inline or from a file the data controller fetches (size cap, time-out, cancelled by a new `src`). */
  private async loadTitles(source: string, tools: PrepareTools): Promise<Map<string, LocalizedText>> {
    // Titles are only for sitemap.xml data, so its reader (with `titleMap`) is loaded by now.
    const { titleMap } = await import('./sitemap-xml.js');
    if (source.startsWith('{')) return titleMap(JSON.parse(source), document.baseURI, pageKey);
    const file = await tools.fetchText(source, 'application/json');
    return titleMap(JSON.parse(file.body), file.url, pageKey);
  }
}
