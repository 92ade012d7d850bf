import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { DataController, yieldToMain, type DataSource, type DataState, type DataHost } from './data-controller.js';
import type { Numerals } from './dates.js';
import type { Catalogues, Params } from './i18n.js';
import { resolveLang, type Lang } from './lang.js';
import type { LocalizedText } from './localized.js';
import { LocalizeController } from './localize-controller.js';
import { renderPublication, type PublicationContext, type PublicationRecord } from './publication.js';
import { heading, headingLevel } from './templates.js';
import { KIT_VERSION } from './define.js';
import { baseStyles } from './tokens.js';

/** What most content types have at their top: a title and a publication record. */
interface Titled {
  title?: LocalizedText;
  publication?: PublicationRecord;
}

/**
 * The base of every GovKit element: language, strings, dates, the data life cycle and
 * its four states. Subclasses supply a {@link DataSource} and `renderReady()`.
 *
 * @cssprop [--gov-space-1=0.125rem] - Space scale, step 1 (the smallest). Every margin, padding and gap in the kit is one of the eight steps.
 * @cssprop [--gov-space-2=0.25rem] - Space scale, step 2.
 * @cssprop [--gov-space-3=0.5rem] - Space scale, step 3.
 * @cssprop [--gov-space-4=0.75rem] - Space scale, step 4.
 * @cssprop [--gov-space-5=1rem] - Space scale, step 5.
 * @cssprop [--gov-space-6=1.25rem] - Space scale, step 6.
 * @cssprop [--gov-space-7=1.5rem] - Space scale, step 7.
 * @cssprop [--gov-space-8=2rem] - Space scale, step 8.
 * @cssprop [--gov-font-size-x-small=0.8rem] - Smallest text: badges (the sitemap's "this page").
 * @cssprop [--gov-font-size-small=0.9rem] - Small text: dates, hints, file details, publication record, error details.
 * @cssprop [--gov-font-size-large=1.15rem] - Large text: item titles and section headings inside an element.
 * @cssprop [--gov-font-size-x-large=1.5rem] - Largest text: the receipt number (and the title of the printed form).
 * @cssprop [--gov-line-height=1.6] - Line height of body text (Thai needs room above and below the line).
 * @cssprop [--gov-line-height-heading=1.3] - Line height of headings.
 * @cssprop --gov-color-text - Text colour; unset by default, so the page's text colour is inherited.
 * @cssprop [--gov-color-muted=#595959] - Secondary text: dates, hints, counts, status lines (7:1 on white).
 * @cssprop [--gov-color-accent=#1d4f91] - Buttons, button borders, choice marks and notices.
 * @cssprop [--gov-color-on-accent=#fff] - Text on the accent colour (filled buttons).
 * @cssprop [--gov-color-link=var(--gov-color-accent)] - Links.
 * @cssprop [--gov-color-border=#b1b4b6] - Decorative lines and frames: between items, around cards and pictures.
 * @cssprop [--gov-color-control-edge=#0b0c0c] - The edge of text fields and selects; keep 3:1 against the background (WCAG 1.4.11).
 * @cssprop [--gov-color-control-background=#fff] - The background of text fields and selects.
 * @cssprop [--gov-color-surface=transparent] - The background of cards (banners).
 * @cssprop [--gov-color-placeholder=#f3f2f1] - The space kept for a picture while it loads.
 * @cssprop [--gov-color-highlight=#fff2a8] - The background of matched search terms.
 * @cssprop [--gov-color-error=#b3261e] - Error messages, the error summary, invalid fields.
 * @cssprop [--gov-color-success=var(--gov-color-accent)] - The frame of a receipt (a form sent).
 * @cssprop [--gov-color-focus=#ffbf47] - The focus ring's outline.
 * @cssprop [--gov-color-focus-edge=#0b0c0c] - The dark edge inside the focus ring, so it shows on light and dark backgrounds.
 * @cssprop [--gov-radius=0.375rem] - Corner radius of buttons, fields, cards and pictures.
 * @cssprop [--gov-focus-width=3px] - Width of the focus ring's outline.
 * @cssprop [--gov-focus-offset=2px] - Gap between a focused control and its outline (filled by the focus edge colour).
 * @fires gov-load - The data was accepted and rendered; `detail` is the data (typed per element: `GovLoadEvent<T>`).
 * @fires gov-error - Loading, parsing or validating failed; `detail.error` is a `GovDataError` with `kind` and `problems`.
 */
export abstract class GovElement<T> extends LitElement implements DataHost {
  static kitVersion = KIT_VERSION;
  static override styles = [baseStyles];
  /** Thai and English messages of this element; overridable by the page. */
  static strings: Partial<Catalogues> = {};

  static override properties = {
    src: { type: String, reflect: true },
    state: { type: String, reflect: true },
    numerals: { type: String, reflect: true },
    timeout: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    noHeading: { type: Boolean, attribute: 'no-heading' },
  };

  /** URL of a JSON document in the kit's format for this element. */
  declare src?: string;
  /**
   * `loading`, `ready`, `empty` or `error`; reflected so pages and tests can follow it.
   * Only the data controller sets it: a value written by a page is put back.
   */
  declare state: DataState;
  /** `thai` shows dates and numbers in Thai digits. */
  declare numerals: Numerals;
  /** Milliseconds to wait for `src` before giving up. */
  declare timeout: number;
  /** Level of the element's heading (2–6). */
  declare headingLevel: number;
  /**
   * Leaves out the element's own heading, for a page whose heading just above says the same
   * (an FAQ page's h1 "คำถามที่พบบ่อย" over the FAQ's title): the headings inside the element
   * then take `heading-level` itself, so no level is skipped.
   */
  declare noHeading: boolean;

  protected readonly dataController: DataController<T>;
  /** The reader's language and this element's messages. */
  protected readonly l10n = new LocalizeController(this, () => (this.constructor as typeof GovElement).strings);
  /** What the publication record needs from this element, made once. */
  private readonly publicationContext: PublicationContext = {
    t: (key) => this.t(key),
    date: (value, withTime) => this.date(value, withTime),
    base: () => this.dataController.baseUrl,
  };

  constructor() {
    super();
    this.state = 'loading';
    this.numerals = 'latin';
    this.timeout = 10_000;
    this.headingLevel = 2;
    this.noHeading = false;
    this.dataController = new DataController<T>(this, this.dataSource());
  }

  /** How this element's content type is parsed, validated and judged empty. */
  protected abstract dataSource(): DataSource<T>;
  /** The element with its data. */
  protected abstract renderReady(data: T): unknown;

  /** The data: what was loaded from `src`, or set here from JavaScript. */
  get data(): T | undefined {
    return this.dataController.value;
  }
  set data(value: T | undefined) {
    if (value !== undefined) void this.dataController.accept(value);
  }

  /** The last error, when `state` is `error`. */
  get error() {
    return this.dataController.error;
  }

  /** Resolves once the current load has settled in `ready`, `empty` or `error`. */
  whenSettled(): Promise<DataState> {
    if (this.state !== 'loading') return this.updateComplete.then(() => this.state);
    return new Promise((resolve) => {
      const done = () => {
        this.removeEventListener('gov-load', done);
        this.removeEventListener('gov-error', done);
        void this.updateComplete.then(() => resolve(this.state));
      };
      this.addEventListener('gov-load', done);
      this.addEventListener('gov-error', done);
    });
  }

  /** Loads `src` again, or re-checks the data (the retry button). */
  retry(): void {
    this.dataController.retry();
  }

  /**
   * The first render waits for a task of its own. When a chunk defines an element, every
   * instance on the page upgrades at once and would render in the one task that evaluated
   * the chunk, after Lit and the other elements of that task: 30–50 ms on this machine,
   * which Lighthouse counted as 120–190 ms of blocking time on a phone. Later renders
   * (the data arriving, a property set) are not delayed.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return yieldToMain().then(() => super.scheduleUpdate());
  }

  /**
   * Until that first render the new shadow root holds a bare slot, and the host says
   * `state="loading"`: an empty shadow root hid the fallback, and the room the page reserves
   * for `[state=loading]` lapsed, for the task in between. On a busy phone the home page's
   * first screen moved up 500 px and back (CLS 0.7 in Lighthouse, issue 13).
   */
  private placeholder?: HTMLSlotElement;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.placeholder = root.appendChild(document.createElement('slot'));
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && !this.hasAttribute('state')) this.setAttribute('state', this.state);
  }

  protected override update(changed: PropertyValues<this>): void {
    this.placeholder?.remove();
    this.placeholder = undefined;
    super.update(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) void this.dataController.load(this.src);
    // `state` follows the data controller alone; a page's `state="ready"` is put back.
    if (this.state !== this.dataController.state) this.state = this.dataController.state;
  }

  /** The reader's language: the nearest `lang` up the tree. */
  override get lang(): Lang {
    return resolveLang(this);
  }
  override set lang(value: string) {
    this.setAttribute('lang', value);
  }

  /**
   * A message from the catalogues, with `{name}` parameters filled in: numbers in the
   * page's numerals, and `count` choosing the plural form (`key.one`, `key.other`).
   */
  protected t(key: string, params?: Params): string {
    return this.l10n.t(key, params);
  }

  /** Localised text from data in the reader's language. */
  protected text(value: LocalizedText | undefined | null): string {
    return this.l10n.text(value);
  }

  protected number(value: number, options?: Intl.NumberFormatOptions): string {
    return this.l10n.number(value, options);
  }

  /** A date as `<time datetime>`, Buddhist era in Thai; nothing for an invalid date. */
  protected date(value: string | undefined, withTime = false): TemplateResult | typeof nothing {
    return this.l10n.date(value, withTime);
  }

  /** The publication record (order clause 3) as a description list; nothing when there is none. */
  protected publication(record: PublicationRecord | undefined): TemplateResult | typeof nothing {
    return renderPublication(record, this.publicationContext);
  }

  /** The level of the headings inside the element: one below its heading, or its heading's own without one. */
  protected get innerHeadingLevel(): 2 | 3 | 4 | 5 | 6 {
    return headingLevel(this.headingLevel, this.noHeading ? 0 : 1);
  }

  /** The element's heading: the data's title, else the catalogue's `title`, at `heading-level`. */
  protected renderHeading(data: T | undefined): unknown {
    if (this.noHeading) return nothing;
    return heading(this.headingLevel, this.text((data as Titled | undefined)?.title) || this.t('title'));
  }

  /** The polite line that says there is nothing to show (the catalogue's `empty`). */
  protected renderEmptyStatus(): TemplateResult {
    return html`<p class="status" role="status" part="status empty">${this.t('empty')}</p>`;
  }

  protected override render(): unknown {
    switch (this.dataController.state) {
      case 'ready':
        return this.renderReady(this.dataController.value as T);
      case 'empty':
        return this.renderEmpty(this.dataController.value as T);
      case 'error':
        return this.renderError();
      default:
        return this.renderLoading();
    }
  }

  /**
   * The fallback content stays visible while loading, exactly where it was before the
   * upgrade, with a polite status line: shown when there is no fallback, only announced when
   * there is. A line shown above the fallback moved it down by its height (43 px on the news
   * page) in the task the element upgraded, which the Layout Instability API does not count
   * (the fallback's boxes are new once it is slotted) but a reader sees; and the moved
   * fallback painted again as a new, larger Largest Contentful Paint, a second later on a
   * phone (issue 13).
   */
  protected renderLoading(): unknown {
    const status = this.hasFallback() ? 'status visually-hidden' : 'status';
    return html`<p class=${status} role="status" part="status">${this.t('loading')}</p>
      <slot></slot>`;
  }

  /** Whether the page gave the element fallback content: any element but a script, or text. */
  protected hasFallback(): boolean {
    return Array.from(this.childNodes).some(
      (node) =>
        (node instanceof Element && node.localName !== 'script') ||
        (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
    );
  }

  /** The heading, the `empty` line and the publication record. */
  protected renderEmpty(data: T): unknown {
    return html`${this.renderHeading(data)} ${this.renderEmptyStatus()}
    ${this.publication((data as Titled | undefined)?.publication)}`;
  }

  /** The most precise localised reason the catalogues have for the current error. */
  protected errorReason(): string {
    const error = this.dataController.error;
    const params = { status: error?.status ?? '' };
    if (error?.reason) {
      const key = `error-${error.reason}`;
      const precise = this.t(key, params);
      if (precise !== key) return precise;
    }
    return this.t(`error-${error?.kind ?? 'network'}`, params);
  }

  /** A localised reason, a retry button and the page's fallback content. */
  protected renderError(): unknown {
    const error = this.dataController.error;
    const problems = error?.problems ?? [];
    return html`<div class="error" role="alert" part="error">
        <p class="error-title">${this.t('error-title')}</p>
        <p class="error-reason">${this.errorReason()}</p>
        <button type="button" class="secondary" part="retry-button" @click=${() => this.retry()}>${this.t('retry')}</button>
        ${
          problems.length
            ? html`<details>
              <summary>${this.t('error-details')}</summary>
              <ul>
                ${problems.slice(0, 10).map((p) => html`<li><code>${p.path || '/'}</code>: ${p.message}</li>`)}
              </ul>
            </details>`
            : nothing
        }
        ${this.hasFallback() ? html`<p class="meta">${this.t('error-fallback')}</p>` : nothing}
      </div>
      <slot></slot>`;
  }
}

export type { DataState };
