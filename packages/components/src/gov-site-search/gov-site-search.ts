import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { GovElement, heading, highlight, lazyImport, safeUrl, type DataSource } from '@govkit-th/core';
import type { SearchDocument, SearchIndexData } from '@govkit-th/schemas';
import type { PreparedDocument, SearchResult } from './search-engine.js';
import { siteSearchStyles } from './gov-site-search.styles.js';

/** The index's checks and the matching load together, only when a person starts to search. */
const loadEngine = lazyImport(() => import('./search-engine.js'));

const th = {
  title: 'ผลการค้นหา',
  label: 'ค้นหาในเว็บไซต์',
  'results-label': 'ค้นหาและดูผลการค้นหา',
  'input-label': 'คำค้นหา',
  hint: 'พิมพ์คำภาษาไทยหรือภาษาอังกฤษ เช่น ภาษี หรือ ข้อมูลข่าวสาร',
  submit: 'ค้นหา',
  loading: 'กำลังโหลดข้อมูลการค้นหา…',
  prompt: 'พิมพ์คำที่ต้องการค้นหาแล้วกด Enter',
  'found.one': 'พบ {count}\u00a0รายการสำหรับ “{query}”',
  'found.other': 'พบ {count}\u00a0รายการสำหรับ “{query}”',
  'no-results': 'ไม่พบผลการค้นหาสำหรับ “{query}”',
  'tips-title': 'ข้อแนะนำ',
  'tip-spelling': 'ตรวจสอบตัวสะกดของคำค้นหา',
  'tip-shorter': 'ใช้คำที่สั้นลงหรือคำที่กว้างขึ้น เช่น “ภาษี” แทน “การชำระภาษีที่ดิน”',
  'tip-sitemap': 'ดูหัวข้อทั้งหมดใน',
  sitemap: 'แผนผังเว็บไซต์',
  'try-word.one': 'ค้นหาเฉพาะ “{term}” ({count}\u00a0รายการ)',
  'try-word.other': 'ค้นหาเฉพาะ “{term}” ({count}\u00a0รายการ)',
  'more.one': 'แสดงเพิ่ม (เหลืออีก {count}\u00a0รายการ)',
  'more.other': 'แสดงเพิ่ม (เหลืออีก {count}\u00a0รายการ)',
  empty: 'ยังไม่มีข้อมูลให้ค้นหาในขณะนี้',
  'error-title': 'ค้นหาไม่ได้ในขณะนี้',
  'type-page': 'หน้าเว็บ',
  'type-news': 'ข่าว',
  'type-document': 'เอกสาร',
  'type-faq': 'คำถามที่พบบ่อย',
  'type-service': 'บริการ',
  'type-e-service': 'บริการออนไลน์',
  'type-event': 'กิจกรรม',
};

const en = {
  title: 'Search results',
  label: 'Search this website',
  'results-label': 'Search and see the results',
  'input-label': 'Search for',
  hint: 'Type a word in Thai or English, such as tax or official information.',
  submit: 'Search',
  loading: 'Loading the search…',
  prompt: 'Type what you are looking for and press Enter.',
  'found.one': '{count}\u00a0result for “{query}”',
  'found.other': '{count}\u00a0results for “{query}”',
  'no-results': 'No results for “{query}”',
  'tips-title': 'Suggestions',
  'tip-spelling': 'Check the spelling of your search.',
  'tip-shorter': 'Use fewer or more general words, such as “tax” instead of “paying land tax”.',
  'tip-sitemap': 'See every topic on the',
  sitemap: 'site map',
  'try-word.one': 'Search for “{term}” alone ({count}\u00a0result)',
  'try-word.other': 'Search for “{term}” alone ({count}\u00a0results)',
  'more.one': 'Show more ({count}\u00a0more result)',
  'more.other': 'Show more ({count}\u00a0more results)',
  empty: 'There is nothing to search yet.',
  'error-title': 'Search is not available right now',
  'type-page': 'Page',
  'type-news': 'News',
  'type-document': 'Document',
  'type-faq': 'FAQ',
  'type-service': 'Service',
  'type-e-service': 'Online service',
  'type-event': 'Event',
} satisfies Record<keyof typeof th, string>;

/** Characters of body text shown around the first match. */
const SNIPPET = 180;

/**
 * Site search over the agency's pages and the kit's content (news, documents, FAQ, services,
 * events), with Thai found by any word inside a phrase. A plain GET form (`?q=`) that works
 * before and without JavaScript; the index (`search-index.json`) and the engine load only
 * when a person starts to search. `compact` is the header box: it only sends the query to the
 * search page. Without `compact` it is the results page: it reads `?q=` and shows the results
 * as a list of links with the matched words marked, a type label and the date (Buddhist era).
 *
 * @tagname gov-site-search
 * @summary Site search: a header box, or the results page, Thai words found inside phrases.
 *
 * @slot - Fallback content: a plain `<form role="search" action="search.html">` with an input named `q`, shown before the element upgrades and when the index cannot be loaded.
 *
 * @csspart form - The search form (`role="search"`).
 * @csspart input - The search input.
 * @csspart button - The search button.
 * @csspart heading - The heading above the results.
 * @csspart status - The line that says how many results were found (a live region).
 * @csspart result - One result (`li`).
 * @csspart type - The type label of a result (ข่าว, เอกสาร, …).
 * @csspart more - The "show more" button.
 * @csspart error - The error message box.
 * @csspart retry-button - The retry button in the error state.
 *
 * @fires gov-load - The index is loaded; `detail` is the index.
 * @fires gov-error - Loading or checking the index failed; `detail.error` says why.
 */
export class GovSiteSearch extends GovElement<SearchIndexData> {
  static override styles = [...GovElement.styles, siteSearchStyles];

  static override strings = { th, en };

  static override properties = {
    ...GovElement.properties,
    index: { type: String },
    action: { type: String },
    compact: { type: Boolean, reflect: true },
    query: { type: String },
    pageSize: { type: Number, attribute: 'page-size' },
    sitemap: { type: String },
    shown: { state: true },
    requested: { state: true },
  };

  /** URL of the search index (`search-index.json`). */
  declare index: string;
  /** The search page the form sends `?q=` to. */
  declare action: string;
  /** The header box: a form that sends the query to `action`, with no results of its own. */
  declare compact: boolean;
  /** The search text; the results page takes it from `?q=` when it is not set. */
  declare query: string;
  /** Results shown at first and added by "show more". */
  declare pageSize: number;
  /** A site map page offered when nothing is found. */
  declare sitemap?: string;
  declare shown: number;
  declare requested: boolean;

  private prepared: PreparedDocument[] = [];
  private engine?: Awaited<ReturnType<typeof loadEngine>>;
  private result?: { query: string; value: SearchResult };

  constructor() {
    super();
    this.index = 'search-index.json';
    this.action = 'search.html';
    this.compact = false;
    this.query = '';
    this.pageSize = 10;
    this.shown = 10;
    this.requested = false;
  }

  protected dataSource(): DataSource<SearchIndexData> {
    return {
      validate: async (data) => (await loadEngine()).checkIndex(data, this.lang),
      isEmpty: (data) => data.documents.length === 0,
      prepare: async (data) => {
        this.engine = await loadEngine();
        this.prepared = this.engine.prepare(data);
        this.result = undefined;
      },
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.compact || this.query) return;
    this.query = new URLSearchParams(location.search).get('q') ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) this.shown = this.pageSize;
    if (!this.compact && this.query.trim() !== '') this.loadIndex();
    super.willUpdate(changed);
    // The box works before the index is asked for: it is ready to take a query.
    if (!this.requested) this.state = 'ready';
  }

  /** The index, loaded from `index` or set from JavaScript (setting it counts as a search begun). */
  override get data(): SearchIndexData | undefined {
    return super.data;
  }
  override set data(value: SearchIndexData | undefined) {
    if (value !== undefined) this.requested = true;
    super.data = value;
  }

  /** Starts loading the index and the engine, once (a person focused the box or typed). */
  loadIndex(): void {
    if (this.requested || this.compact) return;
    this.requested = true;
    loadEngine().catch(() => undefined);
    void this.dataController.load(new URL(this.index, document.baseURI).href);
  }

  override retry(): void {
    if (this.requested) super.retry();
    else this.loadIndex();
  }

  /** The form at once (the index loads later); the results below it; the error box alone. */
  protected override render(): unknown {
    if (this.requested && this.dataController.state === 'error') return this.renderError();
    return this.renderReady();
  }

  protected renderReady(): unknown {
    const form = this.renderForm();
    return this.compact ? form : html`${form}${this.renderResults()}`;
  }

  private renderForm(): TemplateResult {
    const compact = this.compact;
    return html`<form part="form" role="search" action=${this.action} method="get"
      aria-label=${this.t(compact ? 'label' : 'results-label')} @submit=${this.onSubmit}>
      <label for="q" class=${compact ? 'visually-hidden' : 'label'}>${this.t(compact ? 'label' : 'input-label')}</label>
      ${compact ? nothing : html`<span class="search-hint" id="hint">${this.t('hint')}</span>`}
      <span class="row">
        <input id="q" name="q" type="search" part="input" autocomplete="off" enterkeyhint="search" .value=${this.query}
          aria-describedby=${compact ? nothing : 'hint'} @focus=${() => this.loadIndex()} @input=${this.onInput}
          @keydown=${this.onInputKey} />
        <button type="submit" part="button">${this.t('submit')}</button>
      </span>
    </form>`;
  }

  private renderResults(): TemplateResult {
    const query = this.query.trim();
    const state = this.dataController.state;
    const result = query && this.requested && state === 'ready' ? this.search(query) : undefined;
    let status = '';
    if (state === 'empty' && this.requested) status = this.t('empty');
    else if (query && !result) status = this.t('loading');
    else if (result) status = this.t(result.hits.length ? 'found' : 'no-results', { count: result.hits.length, query });
    return html`${query ? heading(this.headingLevel, this.t('title')) : nothing}
      <p class="status" role="status" part="status">${status}</p>
      ${result && result.hits.length === 0 ? this.renderNoResults(result) : nothing}
      ${result && result.hits.length ? this.renderHits(result) : nothing}`;
  }

  private search(query: string): SearchResult {
    if (this.result?.query !== query) this.result = { query, value: this.engine!.search(this.prepared, query) };
    return this.result.value;
  }

  private renderHits(result: SearchResult): TemplateResult {
    const hits = result.hits.slice(0, this.shown);
    const left = result.hits.length - hits.length;
    return html`<ol class="results" @keydown=${this.onResultsKey}>
        ${hits.map((doc) => this.renderHit(doc, result.terms))}
      </ol>
      ${
        left > 0
          ? html`<button type="button" class="secondary" part="more" @click=${this.showMore}>
            ${this.t('more', { count: left })}
          </button>`
          : nothing
      }`;
  }

  private renderHit(doc: SearchDocument, terms: string[]): TemplateResult {
    const href = safeUrl(doc.url, this.dataController.baseUrl);
    const title = highlight(this.text(doc.title), terms);
    return html`<li part="result">
      <p class="hit-title">${href ? html`<a href=${href}>${title}</a>` : title}</p>
      <p class="meta"><span class="type" part="type">${this.t(`type-${doc.type}`)}</span> ${this.date(doc.date)}</p>
      <p class="snippet">${highlight(this.snippet(doc, terms), terms)}</p>
    </li>`;
  }

  /** The body text around the first matched word, else the excerpt, else the start of the text. */
  private snippet(doc: SearchDocument, terms: string[]): string {
    const excerpt = this.text(doc.excerpt);
    const body = this.text(doc.text);
    for (const text of [excerpt, body]) {
      const lower = text.toLowerCase();
      const at = Math.min(...terms.map((term) => lower.indexOf(term)).filter((found) => found >= 0));
      if (!Number.isFinite(at)) continue;
      if (text.length <= SNIPPET) return text;
      const start = Math.max(0, at - SNIPPET / 3);
      const end = Math.min(text.length, start + SNIPPET);
      return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
    }
    const shown = excerpt || body;
    return shown.length > SNIPPET ? `${shown.slice(0, SNIPPET).trim()}…` : shown;
  }

  private renderNoResults(result: SearchResult): TemplateResult {
    const sitemap = this.sitemap ? safeUrl(this.sitemap) : undefined;
    return html`<div class="no-results">
      <p class="tips-title">${this.t('tips-title')}</p>
      <ul>
        ${result.partial.map(
          ({ term, count }) =>
            html`<li><a href=${this.searchHref(term)} @click=${(event: Event) => this.searchFor(event, term)}>${this.t('try-word', { term, count })}</a></li>`,
        )}
        <li>${this.t('tip-spelling')}</li>
        <li>${this.t('tip-shorter')}</li>
        ${sitemap ? html`<li>${this.t('tip-sitemap')} <a href=${sitemap}>${this.t('sitemap')}</a></li>` : nothing}
      </ul>
    </div>`;
  }

  private searchHref(term: string): string {
    const url = new URL(this.action, document.baseURI);
    url.searchParams.set('q', term);
    return url.href;
  }

  private searchFor(event: Event, term: string): void {
    event.preventDefault();
    this.setQuery(term, true);
    this.input()?.focus();
  }

  private input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('#q');
  }

  private links(): HTMLAnchorElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLAnchorElement>('.results a')];
  }

  /** The query in the address bar too, so the results can be bookmarked, shared and reloaded. */
  private setQuery(query: string, remember: boolean): void {
    this.query = query;
    if (!remember) return;
    const url = new URL(location.href);
    url.searchParams.set('q', query.trim());
    history.replaceState(history.state, '', url);
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    if (this.compact) return; // the header box goes to the search page
    event.preventDefault();
    this.setQuery(this.input()?.value ?? '', true);
  };

  private readonly onInput = (event: Event): void => {
    this.loadIndex();
    if (!this.compact) this.setQuery((event.target as HTMLInputElement).value, false);
  };

  /** Down arrow from the box goes to the first result. */
  private readonly onInputKey = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' || this.compact) return;
    const first = this.links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  };

  /** Up and down arrows move between results; up from the first goes back to the box. */
  private readonly onResultsKey = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = this.links();
    const at = links.indexOf(this.renderRoot.querySelector<HTMLAnchorElement>('.results a:focus')!);
    if (at === -1) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) this.input()?.focus();
    else links[Math.min(next, links.length - 1)].focus();
  };

  /** Shows the next results and moves focus to the first of them. */
  private readonly showMore = async (): Promise<void> => {
    const first = this.shown;
    this.shown += this.pageSize;
    await this.updateComplete;
    this.links()[first]?.focus();
  };
}
