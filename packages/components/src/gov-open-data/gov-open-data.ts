import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  GovElement,
  formatBytes,
  heading,
  headingLevel,
  lazyImport,
  link,
  localize,
  safeUrl,
  setJsonLd,
  type DataSource,
  type LocalizedText,
} from '@govkit-th/core';
import type { OpenDataCatalogue, OpenDataResource, OpenDataset } from '@govkit-th/schemas';
import { openDataStyles } from './gov-open-data.styles.js';
import type { PreviewReason } from './preview.js';
import type { PreviewState } from './preview-view.js';

type Previewer = typeof import('./preview.js');

/** The schema and its checks load in their own chunk, from the moment an element is made. */
const loadChecker = lazyImport(() => import('./check.js'));
/** The preview readers (and Papa Parse) load only when a person first asks for a preview. */
const loadPreviewer = lazyImport(() => import('./preview.js'));

/** A preview reads at most this much of a file, and shows at most this many rows. */
const PREVIEW_BYTES = 2_000_000;
const PREVIEW_ROWS = 100;
const PREVIEWABLE = /^(CSV|TSV|JSON|KML)$/i;

const th = {
  title: 'ข้อมูลเปิดภาครัฐ',
  empty: 'ยังไม่มีชุดข้อมูลเปิดในขณะนี้',
  'count.one': 'ทั้งหมด {count}\u00a0ชุดข้อมูล',
  'count.other': 'ทั้งหมด {count}\u00a0ชุดข้อมูล',
  publisher: 'หน่วยงานที่เผยแพร่',
  licence: 'สัญญาอนุญาต',
  frequency: 'ความถี่ในการปรับปรุง',
  issued: 'เผยแพร่ครั้งแรก',
  category: 'หมวดหมู่',
  keywords: 'คำสำคัญ',
  contact: 'ติดต่อสอบถามข้อมูล',
  resources: 'ไฟล์ข้อมูล',
  'file-details': '{format}, {size}',
  'freq-continuous': 'ต่อเนื่อง (เรียลไทม์)',
  'freq-daily': 'รายวัน',
  'freq-weekly': 'รายสัปดาห์',
  'freq-monthly': 'รายเดือน',
  'freq-quarterly': 'รายไตรมาส',
  'freq-semiannual': 'ราย 6\u00a0เดือน',
  'freq-annual': 'รายปี',
  'freq-irregular': 'ไม่แน่นอน',
  'freq-never': 'ไม่มีการปรับปรุง',
  preview: 'ดูตัวอย่างข้อมูล',
  'preview-loading': 'กำลังโหลดตัวอย่างข้อมูล…',
  'preview-network': 'โหลดตัวอย่างข้อมูลไม่สำเร็จ กรุณาลองอีกครั้ง หรือดาวน์โหลดไฟล์แทน',
};

const en = {
  title: 'Open data',
  empty: 'No open datasets have been published yet.',
  'count.one': '{count}\u00a0dataset',
  'count.other': '{count}\u00a0datasets',
  publisher: 'Publisher',
  licence: 'Licence',
  frequency: 'Update frequency',
  issued: 'First published',
  category: 'Category',
  keywords: 'Keywords',
  contact: 'Questions about the data',
  resources: 'Data files',
  'file-details': '{format}, {size}',
  'freq-continuous': 'Continuous (real time)',
  'freq-daily': 'Daily',
  'freq-weekly': 'Weekly',
  'freq-monthly': 'Monthly',
  'freq-quarterly': 'Quarterly',
  'freq-semiannual': 'Every 6\u00a0months',
  'freq-annual': 'Yearly',
  'freq-irregular': 'Irregular',
  'freq-never': 'Not updated',
  preview: 'Preview the data',
  'preview-loading': 'Loading the preview…',
  'preview-network': 'The preview could not be loaded. Try again, or download the file instead.',
} satisfies Record<keyof typeof th, string>;

/**
 * The agency's open-data catalogue (order 1.2(2)): each dataset with its description,
 * publisher, licence, update frequency, dates, keywords and files by format, described in
 * the DCAT model of data.go.th's catalogue and published as schema.org `DataCatalog` /
 * `Dataset` JSON-LD. A person may preview a CSV, TSV or JSON file as a sortable table of its
 * first rows, or a KML file as a list of its places: the reader loads only then, reads at
 * most 2 MB and gives the page a turn between chunks.
 *
 * @tagname gov-open-data
 * @summary Open-data catalogue (DCAT) with file previews on request.
 *
 * @slot - Fallback content (for example links to the files), shown before the element upgrades and when loading fails.
 *
 * @csspart heading - The heading above the datasets.
 * @csspart dataset - One dataset (`article`).
 * @csspart dataset-title - The title of a dataset.
 * @csspart facts - A dataset's publisher, licence, frequency, dates and keywords.
 * @csspart resource - One file of a dataset.
 * @csspart format - The format badge of a file (CSV, KML…).
 * @csspart preview-button - The button that opens a file's preview.
 * @csspart preview - The preview area of a file.
 * @csspart status - The loading or empty status line.
 * @csspart error - The error message box.
 * @csspart retry-button - The retry button in the error state.
 * @csspart publication - The publication record.
 *
 * @fires gov-load - The data is ready; `detail` is the data.
 * @fires gov-error - Loading or validation failed; `detail.error` says why.
 */
export class GovOpenData extends GovElement<OpenDataCatalogue> {
  static override styles = [...GovElement.styles, openDataStyles];

  static override strings = { th, en };

  private previews = new Map<string, PreviewState>();
  private previewer?: Previewer;
  private requests = new Map<string, AbortController>();

  protected dataSource(): DataSource<OpenDataCatalogue> {
    loadChecker().catch(() => undefined); // early, beside the data's fetch; a failure is retried when the data is checked
    return {
      validate: async (data) => (await loadChecker()).checkOpenData(data, this.lang),
      isEmpty: (data) => data.datasets.length === 0,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('state')) this.closePreviews();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('state')) setJsonLd(this, this.state === 'ready' ? this.jsonLd(this.data!) : undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.closePreviews();
  }

  /**
   * Opens the preview of a dataset's file (`index` in its `resources`), or closes it when it
   * is open. Resolves once the preview is shown, or its message.
   */
  async togglePreview(datasetId: string, index: number): Promise<void> {
    const key = `${datasetId}/${index}`;
    if (this.previews.has(key)) {
      this.requests.get(key)?.abort();
      this.previews.delete(key);
      this.requestUpdate();
      return void (await this.updateComplete);
    }
    const resource = this.data?.datasets.find((dataset) => dataset.id === datasetId)?.resources[index];
    const url = resource && this.previewUrl(resource);
    if (!url) return;
    this.showPreview(key, { status: 'loading' });
    const request = new AbortController();
    this.requests.set(key, request);
    let next: PreviewState;
    try {
      const previewer = await this.loadPreviewer();
      const preview = await previewer.loadPreview({
        url,
        format: resource.format,
        encoding: resource.encoding,
        signal: AbortSignal.any([request.signal, AbortSignal.timeout(this.timeout)]),
        maxBytes: PREVIEW_BYTES,
        maxRows: PREVIEW_ROWS,
      });
      next = { status: 'ready', preview };
    } catch (cause) {
      const failure = cause as { reason?: PreviewReason; status?: number } | undefined;
      if (!failure?.reason) console.warn(`[govkit] <gov-open-data>: no preview of ${url}:`, cause);
      next = { status: 'error', reason: failure?.reason ?? 'network', code: failure?.status };
    }
    if (this.requests.get(key) !== request || request.signal.aborted) return;
    this.requests.delete(key);
    this.showPreview(key, next);
    await this.updateComplete;
  }

  /** The address a preview is fetched from: http(s) only, for a format the readers know. */
  private previewUrl(resource: OpenDataResource): string | undefined {
    const url = PREVIEWABLE.test(resource.format) ? safeUrl(resource.url, this.base) : undefined;
    return url && /^https?:/i.test(url) ? url : undefined;
  }

  /** The preview chunk; its messages join the element's catalogue when it first arrives. */
  private async loadPreviewer(): Promise<Previewer> {
    const previewer = await loadPreviewer();
    if (!this.previewer) {
      const strings = GovOpenData.strings as Record<'th' | 'en', Record<string, string>>;
      Object.assign(strings.th, previewer.previewStrings.th);
      Object.assign(strings.en, previewer.previewStrings.en);
      this.previewer = previewer;
    }
    return previewer;
  }

  private showPreview(key: string, state: PreviewState): void {
    this.previews.set(key, state);
    this.requestUpdate();
  }

  private closePreviews(): void {
    for (const request of this.requests.values()) request.abort();
    this.requests.clear();
    this.previews.clear();
  }

  protected renderReady(data: OpenDataCatalogue): unknown {
    return html`
      ${this.renderHeading(data)}
      <p class="count meta">${this.t('count', { count: data.datasets.length })}</p>
      ${data.datasets.map((dataset) => this.renderDataset(dataset, data))}
      ${this.publication(data.publication)}
    `;
  }

  private renderDataset(dataset: OpenDataset, data: OpenDataCatalogue): TemplateResult {
    const level = headingLevel(this.headingLevel, 1);
    return html`<article class="dataset" id=${dataset.id} part="dataset" aria-labelledby="${dataset.id}-title">
      ${heading(level, this.text(dataset.title), `${dataset.id}-title`, { part: 'dataset-title' })}
      ${dataset.description ? html`<p class="description">${this.text(dataset.description)}</p>` : nothing}
      ${this.renderFacts(dataset, data)}
      ${heading(headingLevel(level, 1), this.t('resources'), undefined, { part: '', className: 'resources-title' })}
      <ul class="resources">
        ${dataset.resources.map((resource, index) => this.renderResource(dataset, resource, index))}
      </ul>
      ${this.publication(dataset.publication)}
    </article>`;
  }

  private renderFacts(dataset: OpenDataset, data: OpenDataCatalogue): TemplateResult {
    const licence = dataset.licence;
    const publisher = dataset.publisher ?? data.publisher;
    const keywords = dataset.keywords?.map((word) => this.text(word)).filter(Boolean) ?? [];
    return html`<dl class="facts" part="facts">
      ${this.fact('publisher', publisher && this.text(publisher))}
      ${this.fact('licence', licence && link(licence.url ?? '', this.text(licence.title), { base: this.base }))}
      ${this.fact('frequency', dataset.frequency && this.t(`freq-${dataset.frequency}`))}
      ${this.fact('updated-at', this.date(dataset.modified))} ${this.fact('issued', this.date(dataset.issued))}
      ${this.fact('category', dataset.category && this.text(dataset.category))}
      ${this.fact(
        'keywords',
        keywords.length ? html`<ul class="keywords">${keywords.map((word) => html`<li>${word}</li>`)}</ul>` : nothing,
      )}
      ${this.fact('contact', dataset.contactEmail && link(`mailto:${dataset.contactEmail}`, dataset.contactEmail))}
    </dl>`;
  }

  private fact(key: string, value: unknown): unknown {
    return value && value !== nothing ? html`<div><dt>${this.t(key)}</dt><dd>${value}</dd></div>` : nothing;
  }

  private get base(): string {
    return this.dataController.baseUrl;
  }

  private renderResource(dataset: OpenDataset, resource: OpenDataResource, index: number): TemplateResult {
    const key = `${dataset.id}/${index}`;
    const title = this.text(resource.title);
    const format = resource.format.toUpperCase();
    const details =
      resource.size === undefined
        ? format
        : this.t('file-details', { format, size: formatBytes(resource.size, this.lang, this.numerals) });
    const state = this.previews.get(key);
    const previewId = `preview-${dataset.id}-${index}`;
    const canPreview = this.previewUrl(resource);
    return html`<li class="resource" part="resource">
      <span class="format" part="format" aria-hidden="true">${format}</span>
      <span class="file">
        ${link(resource.url, title, { base: this.base })} <span class="meta">(${details})</span>
        ${resource.description ? html`<span class="meta file-description">${this.text(resource.description)}</span>` : nothing}
      </span>
      ${
        canPreview
          ? html`<button type="button" class="secondary" part="preview-button" aria-expanded=${state ? 'true' : 'false'}
              aria-controls=${previewId} @click=${() => this.togglePreview(dataset.id, index)}>
              ${this.t('preview')}<span class="visually-hidden"> ${title}</span>
            </button>`
          : nothing
      }
      <div class="preview" id=${previewId} part="preview" ?hidden=${!state}>${state ? this.renderPreview(key, state, title) : nothing}</div>
    </li>`;
  }

  private renderPreview(key: string, state: PreviewState, title: string): unknown {
    if (state.status === 'loading') return html`<p class="status" role="status">${this.t('preview-loading')}</p>`;
    if (!this.previewer) return html`<p class="preview-message" role="alert">${this.t('preview-network')}</p>`;
    return this.previewer.renderPreview(state, {
      t: (message, params) => this.t(message, params),
      cap: formatBytes(PREVIEW_BYTES, this.lang, this.numerals),
      title,
      sort: (column) => this.sortBy(key, column),
    });
  }

  /** First press sorts a column ascending, the next descending. */
  private sortBy(key: string, column: number): void {
    const state = this.previews.get(key);
    if (state?.status !== 'ready') return;
    this.showPreview(key, { ...state, column, descending: state.column === column ? !state.descending : false });
  }

  private jsonLd(data: OpenDataCatalogue): object {
    const lang = this.lang;
    const text = (value: LocalizedText | undefined) => (value ? localize(value, lang) : undefined);
    const organisation = (name: LocalizedText | undefined) => name && { '@type': 'Organization', name: text(name) };
    return {
      '@context': 'https://schema.org',
      '@type': 'DataCatalog',
      name: text(data.title) || this.t('title'),
      inLanguage: lang,
      publisher: organisation(data.publisher),
      dataset: data.datasets.map((dataset) => ({
        '@type': 'Dataset',
        identifier: dataset.id,
        name: text(dataset.title),
        description: text(dataset.description),
        keywords: dataset.keywords?.map(text),
        license: dataset.licence?.url ? safeUrl(dataset.licence.url, this.base) : text(dataset.licence?.title),
        publisher: organisation(dataset.publisher ?? data.publisher),
        datePublished: dataset.issued,
        dateModified: dataset.modified,
        distribution: dataset.resources.map((resource) => ({
          '@type': 'DataDownload',
          name: text(resource.title),
          encodingFormat: resource.format.toUpperCase(),
          contentUrl: safeUrl(resource.url, this.base),
          contentSize: resource.size === undefined ? undefined : `${resource.size} B`,
        })),
      })),
    };
  }
}
