import { html, nothing, type PropertyValues } from 'lit';
import {
  GovElement,
  heading,
  headingLevel,
  highlight,
  lazyImport,
  listClass,
  loadSanitizer,
  longListStyles,
  matchesAll,
  safeUrl,
  sanitizeHtml,
  searchable,
  searchFields,
  searchFieldStyles,
  searchTerms,
  type Catalogues,
  type DataSource,
  yieldToMain,
} from '@govkit-th/core';
import type { QaBoardData, QaBoardItem } from '@govkit-th/schemas';
import type { AskForm } from './ask.js';
import { qaBoardStyles } from './gov-qa-board.styles.js';

/** The schema and its checks load in their own chunk, from the moment an element is made. */
const loadChecker = lazyImport(() => import('./check.js'));
/** The ask form (its words, the forms' styles and machinery) loads only for a board with an `endpoint`. */
const loadAsk = lazyImport(() => import('./ask.js'));

const th = {
  title: 'ถาม-ตอบ',
  'search-label': 'ค้นหาคำถามและคำตอบ',
  'search-hint': 'พิมพ์คำที่ต้องการ รายการจะกรองให้ทันที',
  'category-label': 'หมวดหมู่',
  'all-categories': 'ทุกหมวดหมู่',
  'count.one': 'ตอบแล้ว {count}\u00a0คำถาม',
  'count.other': 'ตอบแล้ว {count}\u00a0คำถาม',
  'found.one': 'พบ {count}\u00a0คำถามที่ตรงกับการค้นหา',
  'found.other': 'พบ {count}\u00a0คำถามที่ตรงกับการค้นหา',
  'no-results': 'ไม่พบคำถามที่ตรงกับ “{query}” ลองใช้คำอื่นหรือเลือกหมวดหมู่อื่น',
  empty: 'ยังไม่มีคำถามที่ตอบและเผยแพร่แล้ว',
  'asked-at': 'ถามเมื่อ',
  'answered-at': 'ตอบเมื่อ',
  follow: 'ติดตามคำตอบ (Atom)',
};

const en = {
  title: 'Questions and answers',
  'search-label': 'Search the questions and answers',
  'search-hint': 'Type a word; the list filters as you type.',
  'category-label': 'Category',
  'all-categories': 'All categories',
  'count.one': '{count}\u00a0question answered',
  'count.other': '{count}\u00a0questions answered',
  'found.one': '{count}\u00a0question matches your search',
  'found.other': '{count}\u00a0questions match your search',
  'no-results': 'No question matches “{query}”. Try other words or another category.',
  empty: 'No question has been answered and published yet.',
  'asked-at': 'Asked',
  'answered-at': 'Answered',
  follow: 'Follow the answers (Atom)',
} satisfies Record<keyof typeof th, string>;

/** The Atom feed beside an inbox's `published.json`. */
function atomBeside(src: string | undefined): string | undefined {
  return src && /\/published\.json(\?.*)?$/.test(src) ? src.replace(/\.json(?=\?|$)/, '.atom') : undefined;
}

/**
 * Public questions and the agency's answers (order 1.4(2)), read from the inbox's
 * published feed (`/questions/published.json`): search as you type, a category filter,
 * when each question was asked and answered (Buddhist era), a link to follow new answers
 * by Atom, and, with an `endpoint`, a form to ask a question. The form runs on the same
 * machinery as `gov-eform` (validation, a draft on the device, one idempotent `POST` to
 * the inbox's `/questions`, a receipt), loaded only when the board has an endpoint.
 *
 * @tagname gov-qa-board
 * @summary Published questions and answers with search, categories, an Atom link and an "ask a question" form.
 *
 * @slot - Fallback content (another way to ask, or the answers as plain HTML), shown before the element upgrades and when loading fails.
 *
 * @csspart heading - The board's heading.
 * @csspart search - The search input.
 * @csspart item - One question and its answer.
 * @csspart question - The question (a heading).
 * @csspart answer - The answer.
 * @csspart dates - When the question was asked and answered.
 * @csspart follow - The "follow the answers" link.
 * @csspart ask - The "ask a question" section.
 * @csspart receipt - The receipt after a question is sent.
 * @csspart status - The loading or empty status line.
 * @csspart error - The error message box.
 * @csspart retry-button - The retry button in the error state.
 * @csspart publication - The publication record.
 *
 * @fires gov-load - The data is ready; `detail` is the data.
 * @fires gov-error - Loading or validation failed; `detail.error` says why.
 * @fires gov-submit - The person pressed send and the question is valid; `detail` is `{ formId, formVersion, data, idempotencyKey }`. Cancel it to send the question yourself.
 * @fires gov-receipt - The inbox confirmed the question; `detail` is `{ formId, receipt, receivedAt }`.
 */
export class GovQaBoard extends GovElement<QaBoardData> {
  static override styles = [...GovElement.styles, searchFieldStyles, qaBoardStyles, longListStyles];

  /** Mutable: the ask form's words join it when their chunk arrives. */
  static override strings: Partial<Catalogues> = { th, en };

  static override properties = {
    ...GovElement.properties,
    query: { type: String },
    category: { type: String },
    endpoint: { type: String },
    feed: { type: String },
    privacyNotice: { type: String, attribute: 'privacy-notice' },
    retryDelay: { type: Number, attribute: 'retry-delay' },
  };

  /** The search text; set it to pre-filter the list. */
  declare query: string;
  /** The selected category (its text in the reader's language); empty for all. */
  declare category: string;
  /** The inbox's `POST /questions` URL: with it, the board has an "ask a question" form. */
  declare endpoint?: string;
  /** The Atom feed to follow; by default the `.atom` beside a `src` ending in `published.json`. */
  declare feed?: string;
  /** The privacy notice, linked from the consent in the ask form. */
  declare privacyNotice?: string;
  /**
   * The first delay (ms) before resending a question after a network failure or a busy inbox; it doubles each time.
   * @default 1000
   */
  declare retryDelay: number;

  private ask?: AskForm;
  private askStatus: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  /**
   * The form first renders a task after the answers: together they were one long task on a
   * phone (about 90 ms, issue 13), and the form is below them. `updateComplete` waits for it.
   */
  private askShown?: Promise<void>;
  private askInPlace = false;
  private searchIndex = new Map<string, string>();

  constructor() {
    super();
    this.query = '';
    this.category = '';
    this.retryDelay = 1000;
  }

  /** Resolves when every change to the question so far is saved on the device. */
  whenDraftSaved(): Promise<void> {
    return this.ask?.session.drafts.flush() ?? Promise.resolve();
  }

  protected dataSource(): DataSource<QaBoardData> {
    loadChecker().catch(() => undefined); // early, beside the data's fetch; a failure is retried when the data is checked
    return {
      validate: async (data) => (await loadChecker()).checkQaBoard(data, this.lang),
      isEmpty: (data) => data.items.length === 0,
      // The form opens with the data, so the board settles with it (and its draft) in place.
      prepare: async (data) => {
        await Promise.all([loadSanitizer(), this.openAsk(data)]);
      },
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('state')) this.searchIndex.clear();
    if (this.data && this.state !== 'loading' && this.state !== 'error') void this.openAsk(this.data);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.ask && !this.askShown && this.state !== 'loading' && this.state !== 'error')
      this.askShown = yieldToMain().then(() => {
        this.askInPlace = true;
        this.requestUpdate();
      });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.askShown || this.askInPlace) return done;
    await this.askShown;
    return super.getUpdateComplete();
  }

  /** Opens the ask form once, when the board has an endpoint; its chunk brings the words and styles. */
  private async openAsk(data: QaBoardData): Promise<void> {
    if (!this.endpoint || this.askStatus !== 'idle') return;
    this.askStatus = 'loading';
    try {
      this.ask = await (
        await loadAsk()
      ).openAskForm(this, {
        items: data.items,
        privacyNotice: this.privacyNotice,
      });
      this.askStatus = 'ready';
    } catch {
      this.askStatus = 'failed';
    }
    this.requestUpdate();
  }

  protected renderReady(data: QaBoardData): unknown {
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
      ${this.renderFollow()} ${this.publication(data.publication)} ${this.renderAsk()}
    `;
  }

  /** No answers yet: the empty line, the feed to follow, and the form to ask the first question. */
  protected override renderEmpty(data: QaBoardData): unknown {
    return html`${this.renderHeading(data)} ${this.renderEmptyStatus()} ${this.renderFollow()}
    ${this.publication(data.publication)} ${this.renderAsk()}`;
  }

  /** One question and its answer; no closure made per item. */
  private renderItem(item: QaBoardItem, terms: string[]) {
    const category = this.text(item.category);
    return html`<li>
      <article id=${item.id} part="item" aria-labelledby="${item.id}-question">
        ${heading(headingLevel(this.headingLevel, 1), highlight(this.text(item.question), terms), `${item.id}-question`, { part: 'question' })}
        <p class="qa-meta" part="dates">
          ${category ? html`<span class="qa-category">${category}</span>` : nothing}
          ${item.askedAt ? html`<span>${this.t('asked-at')} ${this.date(item.askedAt)}</span>` : nothing}
          ${item.answeredAt ? html`<span>${this.t('answered-at')} ${this.date(item.answeredAt)}</span>` : nothing}
        </p>
        <div class="qa-answer" part="answer">${sanitizeHtml(this.text(item.answer))}</div>
        ${this.publication(item.publication)}
      </article>
    </li>`;
  }

  private renderFollow() {
    const feed = safeUrl(this.feed || atomBeside(this.src), this.feed ? undefined : document.baseURI);
    if (!feed) return nothing;
    return html`<p class="follow"><a part="follow" href=${feed} rel="alternate" type="application/atom+xml">${this.t('follow')}</a></p>`;
  }

  /** The ask form once its chunk is in; until then (or if it failed) a status line. */
  private renderAsk() {
    if (!this.endpoint) return nothing;
    if (!this.ask)
      return html`<p class="status" role="status">${this.t(this.askStatus === 'failed' ? 'error-network' : 'loading')}</p>`;
    // Ready, its turn a task away: nothing rather than a "loading" line read out for nothing.
    if (!this.askInPlace) return nothing;
    return this.ask.render({
      t: (key, params) => this.t(key, params),
      text: (value) => this.text(value),
      lang: this.lang,
      numerals: this.numerals,
      headingLevel: this.headingLevel,
      title: '',
      base: this.dataController.baseUrl,
    });
  }

  private visibleItems(terms: string[]): QaBoardItem[] {
    const items = this.data?.items ?? [];
    if (this.category === '' && terms.length === 0) return items;
    return items.filter(
      (item) =>
        (this.category === '' || this.text(item.category) === this.category) &&
        matchesAll(this.searchText(item), terms),
    );
  }

  private searchText(item: QaBoardItem): string {
    const key = `${this.lang}|${item.id}`;
    let text = this.searchIndex.get(key);
    if (text === undefined) {
      text = searchable(`${this.text(item.question)} ${this.text(item.answer)} ${this.text(item.category)}`);
      this.searchIndex.set(key, text);
    }
    return text;
  }

  /** The categories in the reader's language, once each, in the order they first appear. */
  private categories(data: QaBoardData): string[] {
    return [...new Set(data.items.map((item) => this.text(item.category)).filter(Boolean))];
  }
}
