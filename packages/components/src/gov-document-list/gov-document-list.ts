import { html, nothing, type PropertyValues } from 'lit';
import {
  GovElement,
  bangkokDay,
  fileTypeLabel,
  fiscalYear,
  formatBytes,
  heading,
  headingLevel,
  highlight,
  lazyImport,
  link,
  listClass,
  longListStyles,
  matchesAll,
  searchable,
  searchTerms,
  type Catalogues,
  type DataSource,
} from '@govkit-th/core';
import { DOCUMENT_KINDS, type DocumentFile, type DocumentItem, type DocumentsData } from '@govkit-th/schemas';
import { documentListStyles } from './gov-document-list.styles.js';

/** The schema and its checks load in their own chunk, from the moment an element is made. */
const loadChecker = lazyImport(() => import('./check.js'));
const loadStrings = lazyImport(() => import('./document-strings.js'));
/** The Act's wording of each s.7/s.9 item, needed only by the official-information index. */
const loadOiaItems = lazyImport(() => import('./oia-items.js'));

/** How the list is grouped under sub-headings. */
export type DocumentGrouping = 'kind' | 'year' | 'fiscal-year' | 'oia' | 'none';

/**
 * The element's words (`document-strings.ts`) load beside its schema checks: every one of them
 * is shown only once data has passed those checks (ready or empty), while loading and error use
 * core's words. So they stay out of the first download, like the schema.
 */
const catalogue: Catalogues = { th: {}, en: {} };

/** One sub-heading's documents; `key` orders the groups. */
interface Group {
  key: string;
  label: unknown;
  items: DocumentItem[];
}

const UNDATED = '~';

/** Newest first; documents without a date keep their order after the dated ones. */
function byDateDescending(a: DocumentItem, b: DocumentItem): number {
  const [x, y] = [Date.parse(a.date ?? ''), Date.parse(b.date ?? '')];
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
  return y - x;
}

function words(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/**
 * Lists of the documents the order and the ITA ask for: laws and rules with their source
 * (order 1.1(2)), the knowledge base with source and date (1.1(4)), official information
 * indexed by its section of the Official Information Act (1.2(1)), procurement plans and
 * monthly summaries, reports. Newest first, grouped by kind, calendar year, Thai fiscal
 * year or OIA section; search that filters as you type; each file's type and size; the ITA
 * items each document serves; the publication record.
 *
 * @tagname gov-document-list
 * @summary Laws, knowledge base, official information (OIA s.7/s.9), procurement and reports, grouped and searchable.
 *
 * @slot - Fallback content (for example the same documents as plain links), shown before the element upgrades and when loading fails.
 *
 * @csspart heading - The heading above the list.
 * @csspart search - The search input.
 * @csspart group-heading - A group's sub-heading (kind, year, fiscal year or OIA item).
 * @csspart item - One document.
 * @csspart title - A document's title.
 * @csspart meta - A document's details (number, date, source, OIA section, ITA items).
 * @csspart files - A document's list of files.
 * @csspart file - One file link.
 * @csspart status - The loading or empty status line.
 * @csspart error - The error message box.
 * @csspart retry-button - The retry button in the error state.
 * @csspart publication - The publication record.
 *
 * @fires gov-load - The data is ready; `detail` is the data.
 * @fires gov-error - Loading or validation failed; `detail.error` says why.
 */
export class GovDocumentList extends GovElement<DocumentsData> {
  static override styles = [...GovElement.styles, documentListStyles, longListStyles];

  static override strings = catalogue;

  static override properties = {
    ...GovElement.properties,
    kind: { type: String },
    ita: { type: String },
    groupBy: { type: String, attribute: 'group-by' },
    query: { type: String },
    oiaItems: { state: true },
  };

  /** Only these kinds (space-separated, e.g. `act royal-decree announcement`); empty for all. */
  declare kind: string;
  /** Only documents serving one of these ITA items (space-separated, e.g. `O12 O13`); empty for all. */
  declare ita: string;
  /** `kind` (default), `year`, `fiscal-year` (1 October–30 September, Buddhist era), `oia` (s.7/s.9 index) or `none`. */
  declare groupBy: DocumentGrouping;
  /** The search text; set it to pre-filter the list. */
  declare query: string;
  declare oiaItems: Awaited<ReturnType<typeof loadOiaItems>>['OIA_ITEM_TEXT'] | undefined;

  private searchIndex = new Map<string, string>();

  constructor() {
    super();
    this.kind = '';
    this.ita = '';
    this.groupBy = 'kind';
    this.query = '';
  }

  protected dataSource(): DataSource<DocumentsData> {
    // Early, beside the data's fetch; a failure is retried when the data is checked.
    loadChecker().catch(() => undefined);
    loadStrings().catch(() => undefined);
    return {
      validate: async (data) => {
        const [checker, { strings }] = await Promise.all([loadChecker(), loadStrings()]);
        Object.assign(catalogue.th, strings.th);
        Object.assign(catalogue.en, strings.en);
        return checker.checkDocuments(data, this.lang);
      },
      normalise: (data) => ({ ...data, items: [...data.items].sort(byDateDescending) }),
      isEmpty: (data) => this.selected(data.items).length === 0,
      prepare: () => (this.groupBy === 'oia' ? this.loadOia() : undefined),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('state') && this.state === 'ready') this.searchIndex.clear();
    if ((changed.has('kind') || changed.has('ita') || changed.has('groupBy')) && this.data) {
      this.dataController.recheck();
    }
    if (changed.has('groupBy') && this.groupBy === 'oia') void this.loadOia().catch(() => undefined);
  }

  private async loadOia(): Promise<void> {
    this.oiaItems ??= (await loadOiaItems()).OIA_ITEM_TEXT;
  }

  protected renderReady(data: DocumentsData): unknown {
    const terms = searchTerms(this.query);
    const items = this.selected(data.items).filter((item) => matchesAll(this.searchText(item), terms));
    const filtering = terms.length > 0;
    return html`
      ${this.renderHeading(data)}
      <div class="field">
        <label for="search">${this.t('search-label')}</label>
        <span class="hint" id="search-hint">${this.t('search-hint')}</span>
        <input id="search" part="search" type="search" autocomplete="off" aria-describedby="search-hint"
          .value=${this.query} @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)} />
      </div>
      <p class="count" role="status">
        ${
          items.length === 0
            ? this.t('no-results', { query: this.query.trim() })
            : this.t(filtering ? 'found' : 'count', { count: items.length })
        }
      </p>
      ${
        this.groupBy === 'none'
          ? this.renderItems(items, terms, 1)
          : this.groups(items).map(
              (group) => html`<section>
                ${heading(this.headingLevel + 1, group.label, undefined, { part: 'group-heading' })}
                ${this.renderItems(group.items, terms, 2)}
              </section>`,
            )
      }
      ${this.publication(data.publication)}
    `;
  }

  private renderItems(items: DocumentItem[], terms: string[], below: number) {
    return html`<ul class=${listClass(items.length)}>
      ${items.map((item) => this.renderItem(item, terms, below))}
    </ul>`;
  }

  private renderItem(item: DocumentItem, terms: string[], below: number) {
    const title = highlight(this.text(item.title), terms);
    const level = headingLevel(this.headingLevel, below);
    return html`<li part="item">
      ${heading(level, item.url ? link(item.url, title, { base: this.dataController.baseUrl }) : title, item.id, {
        part: 'title',
        className: 'title',
      })}
      ${item.summary ? html`<p class="summary">${this.text(item.summary)}</p>` : nothing}
      <dl class="meta" part="meta">
        ${this.groupBy === 'kind' ? nothing : this.detail('kind', this.t(`kind.${item.kind}`))}
        ${item.number ? this.detail('number', this.text(item.number)) : nothing}
        ${item.date ? this.detail('date', this.date(item.date, item.date.includes('T'))) : nothing}
        ${item.source ? this.detail('source', this.renderSource(item.source)) : nothing}
        ${item.oia && this.groupBy !== 'oia' ? this.detail('oia', this.t('oia-item', this.oiaParams(item))) : nothing}
        ${item.ita?.length ? this.detail('ita', item.ita.join(', ')) : nothing}
      </dl>
      ${this.renderFiles(item)} ${this.publication(item.publication)}
    </li>`;
  }

  private detail(key: string, value: unknown) {
    return html`<div><dt>${this.t(key)}</dt><dd>${value}</dd></div>`;
  }

  private renderSource(source: NonNullable<DocumentItem['source']>) {
    if (typeof source === 'string') return source;
    const title = this.text(source.title);
    return source.url ? link(source.url, title, { base: this.dataController.baseUrl }) : title;
  }

  private renderFiles(item: DocumentItem) {
    if (!item.files?.length) return nothing;
    return html`<ul class="files" part="files" aria-label="${this.t('files')}: ${this.text(item.title)}">
      ${item.files.map((file) => html`<li>${this.renderFile(file, item)}</li>`)}
    </ul>`;
  }

  private renderFile(file: DocumentFile, item: DocumentItem) {
    const type = fileTypeLabel(file.type, file.url) ?? this.t('file');
    const details =
      file.size === undefined
        ? type
        : this.t('file-details', { type, size: formatBytes(file.size, this.lang, this.numerals) });
    const label = html`<span class="file-title">${this.text(file.title ?? item.title)}</span>
      <span class="file-meta">(${details})</span>`;
    return link(file.url, label, { base: this.dataController.baseUrl, part: 'file' });
  }

  private oiaParams(item: DocumentItem) {
    const { section, item: number } = item.oia!;
    return { section: String(section), item: this.number(number) };
  }

  /** The documents the `kind` and `ita` filters (and, for the OIA index, an OIA section) let through. */
  private selected(items: DocumentItem[]): DocumentItem[] {
    const kinds = words(this.kind);
    const ita = words(this.ita).map((code) => code.toUpperCase());
    return items.filter(
      (item) =>
        (kinds.length === 0 || kinds.includes(item.kind)) &&
        (ita.length === 0 || (item.ita ?? []).some((code) => ita.includes(code))) &&
        (this.groupBy !== 'oia' || item.oia !== undefined),
    );
  }

  private groups(items: DocumentItem[]): Group[] {
    const groups = new Map<string, Group>();
    for (const item of items) {
      const key = this.groupKey(item);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { key, label: this.groupLabel(key, item), items: [] }));
      group.items.push(item);
    }
    const order = (key: string) => (this.groupBy === 'kind' ? DOCUMENT_KINDS.indexOf(key as never) : 0);
    return [...groups.values()].sort((a, b) =>
      this.groupBy === 'kind'
        ? order(a.key) - order(b.key)
        : this.groupBy === 'oia'
          ? a.key.localeCompare(b.key)
          : b.key === UNDATED
            ? -1
            : a.key === UNDATED
              ? 1
              : b.key.localeCompare(a.key),
    );
  }

  /** A key that sorts: years as four digits, OIA items as `7-01`. */
  private groupKey(item: DocumentItem): string {
    switch (this.groupBy) {
      case 'kind':
        return item.kind;
      case 'oia':
        return `${item.oia!.section}-${String(item.oia!.item).padStart(2, '0')}`;
      case 'year': {
        const day = bangkokDay(item.date);
        return day ? String(Number(day.slice(0, 4)) + 543) : UNDATED;
      }
      default:
        return String(item.fiscalYear ?? fiscalYear(item.date) ?? UNDATED);
    }
  }

  private groupLabel(key: string, item: DocumentItem): unknown {
    if (this.groupBy === 'kind') return this.t(`kind.${key}`);
    if (this.groupBy === 'oia') {
      const reference = this.t('oia-item', this.oiaParams(item));
      const text = this.oiaItems?.[this.lang][key];
      return text ? html`${reference} <span class="oia-text">${text}</span>` : reference;
    }
    if (key === UNDATED) return this.t('undated');
    const year = (value: number) => this.number(value, { useGrouping: false });
    const ce = Number(key) - 543;
    return this.t(this.groupBy === 'year' ? 'year' : 'fiscal-year', {
      year: year(Number(key)),
      ce: year(ce),
      start: year(ce - 1),
    });
  }

  private searchText(item: DocumentItem): string {
    const key = `${this.lang}|${item.id}`;
    let text = this.searchIndex.get(key);
    if (text === undefined) {
      const source = typeof item.source === 'string' ? item.source : this.text(item.source?.title);
      text = searchable(
        [item.title, item.number, item.summary].map((value) => this.text(value)).join(' ') +
          ` ${source} ${this.t(`kind.${item.kind}`)} ${(item.ita ?? []).join(' ')}`,
      );
      this.searchIndex.set(key, text);
    }
    return text;
  }
}
