import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  digitsIn,
  GovDataError,
  GovElement,
  heading,
  headingLevel,
  lazyImport,
  link,
  listClass,
  longListStyles,
  type DataSource,
  type PrepareTools,
} from '@govkit-th/core';
import { ITA_YEARS, type ManifestData } from '@govkit-th/schemas';
import { itaIndexStyles } from './gov-ita-index.styles.js';
import type { ItaIndex, ItaIndexItem, ItaLink, ItaUnchecked } from './types.js';

/** The manifest's schema, the item lists and the finding of links load in their own chunk. */
const loadChecker = lazyImport(() => import('./ita-check.js'));

const th = {
  title: 'การเปิดเผยข้อมูลสาธารณะ (OIT) ตามการประเมิน ITA ประจำปี {year}',
  summary: 'เผยแพร่แล้ว {found} จาก {total}\u00a0รายการ',
  'missing-count.one': 'ยังไม่พบข้อมูล {count}\u00a0รายการ',
  'missing-count.other': 'ยังไม่พบข้อมูล {count}\u00a0รายการ',
  'unchecked-count.one': 'ตรวจสอบไม่ได้ {count}\u00a0รายการ',
  'unchecked-count.other': 'ตรวจสอบไม่ได้ {count}\u00a0รายการ',
  'status-found': 'เผยแพร่แล้ว',
  'status-missing': 'ยังไม่พบข้อมูล',
  'status-unchecked': 'ตรวจสอบไม่ได้',
  newest: 'ข้อมูลล่าสุด',
  unconfirmed: 'ถ้อยคำของข้อนี้ยังไม่ได้ยืนยันกับคู่มือการประเมินของ ป.ป.ช.',
  'unchecked-file': 'โหลด {file} ไม่สำเร็จ: {reason}',
  empty: 'รายการข้อของปีนี้ว่างเปล่า จึงไม่มีข้อให้แสดง',
  'error-unknown-year':
    'ชุดเครื่องมือนี้ยังไม่มีรายการข้อของการประเมิน ITA ปี {year} (มีปี {years}) หน้าเว็บกำหนดรายการเองได้ด้วย items-src',
  'error-items-src': 'โหลดรายการข้อ ITA จาก items-src ไม่ได้ หรือรายการไม่เป็นไปตามรูปแบบที่กำหนด',
};

const en = {
  title: 'Open information (OIT) for the ITA {year}',
  summary: '{found} of {total}\u00a0items published',
  'missing-count.one': '{count}\u00a0item not found yet',
  'missing-count.other': '{count}\u00a0items not found yet',
  'unchecked-count.one': '{count}\u00a0item could not be checked',
  'unchecked-count.other': '{count}\u00a0items could not be checked',
  'status-found': 'Published',
  'status-missing': 'Not found yet',
  'status-unchecked': 'Could not check',
  newest: 'Newest entry',
  unconfirmed: "This item's wording is not yet confirmed against the NACC assessment manual.",
  'unchecked-file': 'Could not load {file}: {reason}',
  empty: 'The item list for this year is empty, so there is nothing to show.',
  'error-unknown-year':
    'The kit has no ITA item list for {year} (it has {years}); the page can supply one with items-src.',
  'error-items-src': 'The ITA item list from items-src could not be loaded or does not follow the required format.',
} satisfies Record<keyof typeof th, string>;

/**
 * The ITA "OIT" index (แบบตรวจการเปิดเผยข้อมูลสาธารณะ) of one assessment year: every item
 * with its number and name, and the links where the agency publishes it, found from its
 * manifest (`govkit.json`): the `ita` tags of its documents, the content types that serve an
 * item and the manifest's `pages[].ita`. Items with nothing found are shown as missing; items
 * whose data file could not be read, as not checked, with the reason.
 *
 * @tagname gov-ita-index
 * @summary The ITA OIT index of a year: every item with its links, or shown as missing.
 *
 * @slot - Fallback content (for example a hand-kept ITA link list), shown before the element upgrades and when loading fails.
 *
 * @csspart heading - The heading above the index.
 * @csspart summary - The count line ("เผยแพร่แล้ว 21 จาก 26 รายการ").
 * @csspart item - One item of the year.
 * @csspart item-status - The item's status word (published, not found yet, could not check).
 * @csspart links - The list of links of an item.
 * @csspart status - The loading or empty status line.
 * @csspart error - The error message box.
 * @csspart retry-button - The retry button in the error state.
 * @csspart publication - A publication record.
 *
 * @fires gov-load - The manifest is ready and its files were read; `detail` is the manifest.
 * @fires gov-error - Loading or validation failed; `detail.error` says why.
 */
export class GovItaIndex extends GovElement<ManifestData> {
  static override styles = [...GovElement.styles, itaIndexStyles, longListStyles];

  static override strings = { th, en };

  static override properties = {
    ...GovElement.properties,
    year: { type: Number, reflect: true },
    itemsSrc: { type: String, attribute: 'items-src' },
  };

  /** The assessment year, Buddhist era; the newest year the kit has a list for by default. */
  declare year: number;
  /** A page-supplied list of the year's items (`ita-items.json`), replacing the shipped one. */
  declare itemsSrc?: string;

  /** What was found, per manifest: a stale load's result is never shown for a newer one. */
  private readonly indexes = new WeakMap<ManifestData, ItaIndex>();
  private readonly manifestUrls = new WeakMap<ManifestData, string>();

  constructor() {
    super();
    this.year = ITA_YEARS[ITA_YEARS.length - 1];
  }

  protected dataSource(): DataSource<ManifestData> {
    loadChecker().catch(() => undefined); // early, beside the manifest's fetch; retried when it is checked
    return {
      validate: async (data) => (await loadChecker()).checkManifest(data, this.lang),
      normalise: (data, { baseUrl }) => {
        this.manifestUrls.set(data, baseUrl);
        return data;
      },
      prepare: (data, tools) => this.findItems(data, tools),
      isEmpty: (data) => this.indexes.get(data)?.items.length === 0,
    };
  }

  private async findItems(manifest: ManifestData, tools: PrepareTools): Promise<void> {
    const checker = await loadChecker();
    const list = this.itemsSrc ? await this.readItemsList(this.itemsSrc, tools) : checker.shippedItems(this.year);
    const base = this.manifestUrls.get(manifest) ?? document.baseURI;
    this.indexes.set(manifest, await checker.buildIndex(manifest, base, list, tools));
  }

  private async readItemsList(url: string, tools: PrepareTools) {
    const checker = await loadChecker();
    try {
      return await checker.readItemsList((await tools.fetchText(url)).body, this.lang);
    } catch (cause) {
      if (cause instanceof GovDataError && cause.reason) throw cause;
      const error = cause instanceof GovDataError ? cause : undefined;
      throw new GovDataError(error?.kind ?? 'network', `Could not load items-src ${url}`, {
        cause,
        status: error?.status,
        reason: 'items-src',
      });
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another year or list: the same manifest is read again against it.
    const listChanged = changed.has('year') || changed.has('itemsSrc');
    if (listChanged && this.hasUpdated && !changed.has('src') && this.data) this.retry();
  }

  protected override errorReason(): string {
    if (this.error?.reason === 'unknown-year') {
      return this.t('error-unknown-year', { year: this.yearText(), years: ITA_YEARS.join(', ') });
    }
    return super.errorReason();
  }

  protected override renderHeading(): unknown {
    return heading(this.headingLevel, this.t('title', { year: this.yearText() }));
  }

  protected override renderEmpty(): unknown {
    return html`${this.renderHeading()} ${this.renderEmptyStatus()}`;
  }

  protected renderReady(data: ManifestData): unknown {
    const items = this.indexes.get(data)?.items ?? [];
    return html`
      ${this.renderHeading()}
      <p class="summary" part="summary">${this.summary(items)}</p>
      ${this.renderGroups(items)}
    `;
  }

  private summary(items: ItaIndexItem[]): string {
    const count = (status: string) => items.filter((item) => item.status === status).length;
    const missing = count('missing');
    const unchecked = count('unchecked');
    return [
      this.t('summary', { found: count('found'), total: items.length }),
      missing ? this.t('missing-count', { count: missing }) : '',
      unchecked ? this.t('unchecked-count', { count: unchecked }) : '',
    ]
      .filter(Boolean)
      .join(' · ');
  }

  /** Items under their indicator groups when the list has them, else one list. */
  private renderGroups(items: ItaIndexItem[]): unknown {
    if (!items.some((item) => item.group)) return this.renderList(items, 1);
    const groups: ItaIndexItem[][] = [];
    for (const item of items) {
      const last = groups[groups.length - 1];
      if (last && this.text(last[0].group) === this.text(item.group)) last.push(item);
      else groups.push([item]);
    }
    return groups.map(
      (group) => html`<section class="group">
        ${heading(headingLevel(this.headingLevel, 1), this.text(group[0].group), undefined, { part: '' })}
        ${this.renderList(group, 2)}
      </section>`,
    );
  }

  private renderList(items: ItaIndexItem[], below: number): TemplateResult {
    return html`<ul class=${listClass(items.length)}>
      ${items.map((item) => this.renderItem(item, headingLevel(this.headingLevel, below)))}
    </ul>`;
  }

  private renderItem(item: ItaIndexItem, level: number): TemplateResult {
    return html`<li class="item ${item.status}" id="ita-${item.id}" part="item">
      ${heading(level, html`<span class="number">${item.id}</span> ${this.text(item.title)}`, undefined, { part: '' })}
      ${item.confirmed ? nothing : html`<p class="meta unconfirmed">${this.t('unconfirmed')}</p>`}
      <p class="item-status" part="item-status">
        <strong>${this.t(`status-${item.status}`)}</strong>
        ${item.newest ? html`<span class="meta">${this.t('newest')} ${this.date(item.newest)}</span>` : nothing}
      </p>
      ${
        item.links.length
          ? html`<ul class="links" part="links">
            ${item.links.map((found) => this.renderLink(found))}
          </ul>`
          : nothing
      }
      ${item.unchecked.map((failed) => this.renderUnchecked(failed))}
    </li>`;
  }

  private renderLink(found: ItaLink): TemplateResult {
    return html`<li>
      ${link(found.url, this.text(found.title) || found.url, { base: found.base })}
      ${found.date ? html`<span class="meta">${this.date(found.date)}</span>` : nothing}
      ${this.publication(found.publication)}
    </li>`;
  }

  private renderUnchecked(failed: ItaUnchecked): TemplateResult {
    const reasonKey = `error-${failed.error.kind}`;
    const reason = this.t(reasonKey, { status: failed.error.status ?? '' });
    return html`<p class="meta">${this.t('unchecked-file', { file: failed.url, reason })}</p>`;
  }

  /** The year as written, in the page's numerals (never grouped like a number: 2568, not 2,568). */
  private yearText(): string {
    return digitsIn(String(this.year), this.numerals);
  }
}
