import { html, nothing, type PropertyValues } from 'lit';
import {
  GovElement,
  highlight,
  lazyImport,
  loadSanitizer,
  localize,
  listClass,
  longListStyles,
  plainText,
  sanitizeHtml,
  searchable,
  searchFields,
  searchFieldStyles,
  searchTerms,
  matchesAll,
  setJsonLd,
  type DataSource,
  type Lang,
} from '@govkit-th/core';
import type { FaqData, FaqItem } from '@govkit-th/schemas';
import { faqStyles } from './gov-faq.styles.js';

/** The schema and its checks load in their own chunk, from the moment an element is made. */
const loadChecker = lazyImport(() => import('./check.js'));

const th = {
  title: 'คำถามที่พบบ่อย',
  'search-label': 'ค้นหาคำถาม',
  'search-hint': 'พิมพ์คำที่ต้องการ รายการคำถามจะกรองให้ทันที',
  'category-label': 'หมวดหมู่',
  'all-categories': 'ทุกหมวดหมู่',
  'expand-all': 'เปิดคำตอบทั้งหมด',
  'collapse-all': 'ปิดคำตอบทั้งหมด',
  'count.one': 'ทั้งหมด {count}\u00a0คำถาม',
  'count.other': 'ทั้งหมด {count}\u00a0คำถาม',
  'found.one': 'พบ {count}\u00a0คำถามที่ตรงกับการค้นหา',
  'found.other': 'พบ {count}\u00a0คำถามที่ตรงกับการค้นหา',
  'no-results': 'ไม่พบคำถามที่ตรงกับ “{query}” ลองใช้คำอื่นหรือเลือกหมวดหมู่อื่น',
  empty: 'ยังไม่มีคำถามที่พบบ่อยในขณะนี้',
  permalink: 'ลิงก์ของคำถามนี้',
};

const en = {
  title: 'Frequently asked questions',
  'search-label': 'Search the questions',
  'search-hint': 'Type a word; the list filters as you type.',
  'category-label': 'Category',
  'all-categories': 'All categories',
  'expand-all': 'Open all answers',
  'collapse-all': 'Close all answers',
  'count.one': '{count}\u00a0question',
  'count.other': '{count}\u00a0questions',
  'found.one': '{count}\u00a0question matches your search',
  'found.other': '{count}\u00a0questions match your search',
  'no-results': 'No question matches “{query}”. Try other words or another category.',
  empty: 'There are no frequently asked questions yet.',
  permalink: 'Link to this question',
} satisfies Record<keyof typeof th, string>;

/**
 * Frequently asked questions (order 1.1(5)) as native disclosure widgets, with a search
 * box that filters as you type in Thai or English, a category filter, expand and collapse
 * all, deep links (`page.html#question-id` opens that answer) and FAQPage JSON-LD.
 *
 * @tagname gov-faq
 * @summary Frequently asked questions with search, categories and deep links.
 *
 * @slot - Fallback content (for example the same questions as plain HTML), shown before the element upgrades and when loading fails.
 *
 * @csspart heading - The heading above the questions.
 * @csspart search - The search input.
 * @csspart item - One question and its answer (`details`).
 * @csspart question - The question (`summary`).
 * @csspart answer - The answer.
 * @csspart status - The loading or empty status line.
 * @csspart error - The error message box.
 * @csspart retry-button - The retry button in the error state.
 * @csspart publication - The publication record.
 *
 * @fires gov-load - The data is ready; `detail` is the data.
 * @fires gov-error - Loading or validation failed; `detail.error` says why.
 */
export class GovFaq extends GovElement<FaqData> {
  static override styles = [...GovElement.styles, searchFieldStyles, faqStyles, longListStyles];

  static override strings = { th, en };

  static override properties = {
    ...GovElement.properties,
    query: { type: String },
    category: { type: String },
    limit: { type: Number },
    openIds: { state: true },
  };

  /** The search text; set it to pre-filter the list. */
  declare query: string;
  /** The selected category (its text in the reader's language); empty for all. */
  declare category: string;
  /**
   * Shows only the first `limit` questions, as a short list without the search tools, the
   * count and the structured data (a home page's top questions, linking to the FAQ page
   * that has them all); 0 shows every question with the tools.
   */
  declare limit: number;
  declare openIds: Set<string>;

  private searchIndex = new Map<string, string>();
  private readonly onHashChange = () => this.openFromHash();

  constructor() {
    super();
    this.query = '';
    this.category = '';
    this.limit = 0;
    this.openIds = new Set();
  }

  protected dataSource(): DataSource<FaqData> {
    loadChecker().catch(() => undefined); // early, beside the data's fetch; a failure is retried when the data is checked
    return {
      validate: async (data) => (await loadChecker()).checkFaq(data, this.lang),
      isEmpty: (data) => data.items.length === 0,
      prepare: () => loadSanitizer(),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('state') && this.state === 'ready') {
      this.searchIndex.clear();
      this.openFromHash();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A short list is a preview of the FAQ page, which carries the FAQPage data itself.
    if (changed.has('state') || changed.has('limit'))
      setJsonLd(this, this.state === 'ready' && !this.compact ? this.jsonLd(this.data!) : undefined);
  }

  /** Opens every answer that the search and category currently show. */
  expandAll(): void {
    this.openIds = new Set(this.visibleItems(searchTerms(this.query)).map((item) => item.id));
  }

  collapseAll(): void {
    this.openIds = new Set();
  }

  private get compact(): boolean {
    return this.limit > 0;
  }

  protected renderReady(data: FaqData): unknown {
    if (this.compact) return this.renderShortList(data);
    const terms = searchTerms(this.query);
    const items = this.visibleItems(terms);
    const categories = this.categories(data);
    const filtering = this.query.trim() !== '' || this.category !== '';
    return html`
      ${this.renderHeading(data)}
      <div class="search-tools">
        ${searchFields({
          query: this.query,
          category: this.category,
          categories,
          labels: {
            search: this.t('search-label'),
            hint: this.t('search-hint'),
            category: this.t('category-label'),
            allCategories: this.t('all-categories'),
          },
          onQuery: (value) => (this.query = value),
          onCategory: (value) => (this.category = value),
        })}
        <div class="toggles">
          <button type="button" class="secondary" @click=${() => this.expandAll()}>${this.t('expand-all')}</button>
          <button type="button" class="secondary" @click=${() => this.collapseAll()}>${this.t('collapse-all')}</button>
        </div>
      </div>
      <p class="count" role="status">
        ${
          items.length === 0
            ? this.t('no-results', { query: this.query.trim() || this.category })
            : this.t(filtering ? 'found' : 'count', { count: items.length })
        }
      </p>
      <ul class=${listClass(items.length)}>
        ${items.map((item) => this.renderItem(item, terms))}
      </ul>
      ${this.publication(data.publication)}
    `;
  }

  /** The first `limit` questions, each still opening its answer, and the publication record once. */
  private renderShortList(data: FaqData): unknown {
    return html`
      ${this.renderHeading(data)}
      <ul class="items">
        ${data.items.slice(0, this.limit).map((item) => this.renderItem(item, []))}
      </ul>
      ${this.publication(data.publication)}
    `;
  }

  /** One question; one template instance, and no closure made per item. */
  private renderItem(item: FaqItem, terms: string[]) {
    const question = this.text(item.question);
    const permalink = this.t('permalink');
    return html`<li>
      <details id=${item.id} part="item" ?open=${this.openIds.has(item.id)} @toggle=${this.onToggle}>
        <summary part="question">${highlight(question, terms)}</summary>
        <div class="answer" part="answer">
          ${sanitizeHtml(this.text(item.answer))}
          <p class="meta answer-meta">
            ${item.updatedAt ? html`<span>${this.t('updated-at')} ${this.date(item.updatedAt)}</span>` : nothing}
            <a href="#${item.id}" aria-label="${permalink}: ${question}">${permalink}</a>
          </p>
          ${this.publication(item.publication)}
        </div>
      </details>
    </li>`;
  }

  private readonly onToggle = (event: Event): void => {
    const details = event.target as HTMLDetailsElement;
    const id = details.id;
    if (details.open === this.openIds.has(id)) return;
    const next = new Set(this.openIds);
    if (details.open) next.add(id);
    else next.delete(id);
    this.openIds = next;
  };

  private visibleItems(terms: string[]): FaqItem[] {
    const items = this.data?.items ?? [];
    if (this.category === '' && terms.length === 0) return items;
    return items.filter(
      (item) =>
        (this.category === '' || this.text(item.category) === this.category) &&
        matchesAll(this.searchText(item), terms),
    );
  }

  private searchText(item: FaqItem): string {
    const key = `${this.lang}|${item.id}`;
    let text = this.searchIndex.get(key);
    if (text === undefined) {
      text = searchable(`${this.text(item.question)} ${this.text(item.answer)} ${this.text(item.category)}`);
      this.searchIndex.set(key, text);
    }
    return text;
  }

  private categories(data: FaqData): string[] {
    const names = data.items.map((item) => this.text(item.category)).filter(Boolean);
    return [...new Set(names)];
  }

  /** `page.html#fee-rates` opens that answer, scrolls to it and moves focus to it. */
  private openFromHash(): void {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || !this.data?.items.some((item) => item.id === id)) return;
    this.query = '';
    this.category = '';
    this.openIds = new Set([...this.openIds, id]);
    void this.updateComplete.then(() => {
      const summary = this.renderRoot.querySelector<HTMLElement>(`details[id="${CSS.escape(id)}"] > summary`);
      summary?.scrollIntoView({ block: 'start' });
      summary?.focus();
    });
  }

  private jsonLd(data: FaqData): object {
    const lang: Lang = this.lang;
    return {
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      inLanguage: lang,
      mainEntity: data.items.map((item) => ({
        '@type': 'Question',
        name: localize(item.question, lang),
        acceptedAnswer: {
          '@type': 'Answer',
          text: plainText(localize(item.answer, lang)),
        },
      })),
    };
  }
}
