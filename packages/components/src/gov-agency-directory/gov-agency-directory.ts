import { html, nothing, type TemplateResult } from 'lit';
import {
  formatAddress,
  GovElement,
  heading,
  headingLevel,
  lazyImport,
  link,
  listClass,
  longListStyles,
  matchesAll,
  safeUrl,
  searchable,
  searchFields,
  searchFieldStyles,
  searchTerms,
  telHref,
  type DataSource,
  type LocalizedText,
} from '@govkit-th/core';
import type { AgencyDirectoryData, ContactData } from '@govkit-th/schemas';
import { directoryStyles } from './gov-agency-directory.styles.js';
import type { AgencyNews, AgencyResult } from './types.js';

/**
 * The schemas, the agencies' fetching and the element's words load in their own chunk, from
 * the moment an element is made; the words join the catalogue as it arrives.
 */
const loadChecker = lazyImport(() =>
  import('./agencies.js').then((chunk) => {
    Object.assign(th, chunk.words.th);
    Object.assign(en, chunk.words.en);
    return chunk;
  }),
);

/** The words shown while loading; the rest arrive with the lazy chunk (`words.ts`). */
const th: Record<string, string> = {
  title: 'หน่วยงานในจังหวัด',
  'news-title': 'ข่าวจากหน่วยงานในจังหวัด',
  loading: 'กำลังโหลดข้อมูลหน่วยงาน…',
};

const en: Record<string, string> = {
  title: 'Agencies in the province',
  'news-title': 'News from agencies in the province',
  loading: 'Loading the agencies…',
};

/** What the directory reads of a manifest's content entry. */
interface PageEntry {
  page?: string;
  title?: LocalizedText;
}

/** Content types whose page is the home page itself (notices, banners): the website link covers them. */
const HOME_ONLY = new Set(['alerts', 'banners']);

/**
 * The province's agency directory (order clauses 2.1–2.2): reads the province's list of
 * agency manifests (`govkit.json`) and shows every agency with its kind, district,
 * contact, newest news item and links to its pages, with a search box and district and
 * kind filters. `view="news"` shows the agencies' news instead, merged into one dated list,
 * each item naming its agency. An agency whose site cannot be read is shown as
 * unreachable, with when this browser last reached it, and never stops the rest.
 *
 * @tagname gov-agency-directory
 * @summary Every agency of the province from its manifest, or their news in one list; unreachable agencies named.
 *
 * @slot - Fallback content (for example the agencies as plain links), shown before the element upgrades and when the list cannot be loaded.
 *
 * @csspart heading - The heading above the agencies.
 * @csspart search - The search input.
 * @csspart count - The line that says how many agencies are shown.
 * @csspart agency - One agency (`li`).
 * @csspart unreachable - The line that says an agency's site cannot be reached.
 * @csspart news-item - One item of the merged news (`li`).
 * @csspart news-missing - The line naming agencies whose news could not be loaded.
 * @csspart status - The loading or empty status line.
 * @csspart error - The error message box.
 * @cssprop [--gov-agency-directory-reserve=20rem] - The height kept for the directory before it upgrades and while the agencies load (set by the page, per breakpoint, to the rendered height).
 * @csspart retry-button - The retry button in the error state.
 * @csspart publication - The publication record.
 *
 * @fires gov-load - Every agency has been read or found unreachable; `detail` is the province's list.
 * @fires gov-error - The province's list itself could not be loaded or is invalid; `detail.error` says why.
 */
export class GovAgencyDirectory extends GovElement<AgencyDirectoryData> {
  static override styles = [...GovElement.styles, searchFieldStyles, directoryStyles, longListStyles];

  static override strings = { th, en };

  static override properties = {
    ...GovElement.properties,
    view: { type: String, reflect: true },
    concurrency: { type: Number },
    agencyTimeout: { type: Number, attribute: 'agency-timeout' },
    limit: { type: Number },
    query: { type: String },
    district: { type: String },
    kind: { type: String },
  };

  /** `agencies` (the default): one card per agency; `news`: the agencies' news merged into one list. */
  declare view: 'agencies' | 'news';
  /** How many requests to the agencies' sites run at once. */
  declare concurrency: number;
  /** Milliseconds each request to an agency's site may take before the agency counts as unreachable. */
  declare agencyTimeout: number;
  /** How many news items `view="news"` shows. */
  declare limit: number;
  /** The search text. */
  declare query: string;
  /** The selected district (its text in the reader's language); empty for all. */
  declare district: string;
  /** The selected kind (`provincial`, `district`, …); empty for all. */
  declare kind: string;

  /** The agencies read for each list, kept beside it so an older load never shows up under a newer one. */
  private readonly agencies = new WeakMap<AgencyDirectoryData, AgencyResult[]>();
  private requests?: AbortController;

  constructor() {
    super();
    this.view = 'agencies';
    this.concurrency = 4;
    this.agencyTimeout = 8000;
    this.limit = 10;
    this.query = '';
    this.district = '';
    this.kind = '';
  }

  protected dataSource(): DataSource<AgencyDirectoryData> {
    loadChecker().catch(() => undefined); // early, beside the list's fetch
    return {
      validate: async (data) => (await loadChecker()).checkDirectory(data, this.lang),
      // Manifest URLs resolve against the list's own URL, once.
      normalise: (data, { baseUrl }) => ({
        ...data,
        agencies: data.agencies.map((entry) => ({
          ...entry,
          manifest: safeUrl(entry.manifest, baseUrl) ?? entry.manifest,
        })),
      }),
      prepare: (data) => this.readAgencies(data),
      isEmpty: (data) => (this.view === 'news' ? this.mergedNews(data).length === 0 : data.agencies.length === 0),
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.requests?.abort();
  }

  private async readAgencies(data: AgencyDirectoryData): Promise<void> {
    this.requests?.abort();
    const requests = (this.requests = new AbortController());
    const { loadAgencies } = await loadChecker();
    const options = { concurrency: this.concurrency, timeout: this.agencyTimeout, signal: requests.signal };
    this.agencies.set(data, await loadAgencies(data.agencies, { ...options, lang: this.lang }));
  }

  /** The agency's name: its manifest's, else the province's list's, else what was last seen, else its host. */
  private nameOf(agency: AgencyResult): string {
    const name = agency.data?.agency.name ?? agency.name ?? agency.lastSeen?.name;
    return name ? this.text(name) : agency.manifest.replace(/^https?:\/\/([^/]+).*$/, '$1');
  }

  private districtOf(agency: AgencyResult): string {
    return this.text(agency.data?.agency.district ?? agency.lastSeen?.district);
  }

  private kindOf(agency: AgencyResult): string {
    return agency.data?.agency.kind ?? agency.lastSeen?.kind ?? '';
  }

  protected renderReady(data: AgencyDirectoryData): unknown {
    return this.view === 'news' ? this.renderNews(data) : this.renderAgencies(data);
  }

  protected override renderEmpty(data: AgencyDirectoryData): unknown {
    if (this.view !== 'news') return super.renderEmpty(data);
    return html`${heading(this.headingLevel, this.t('news-title'))}
      <p class="status" role="status" part="status empty">${this.t('news-empty')}</p>
      ${this.renderMissing(data)}`;
  }

  private renderAgencies(data: AgencyDirectoryData): TemplateResult {
    const agencies = this.agencies.get(data) ?? [];
    const terms = searchTerms(this.query);
    const shown = agencies.filter(
      (agency) =>
        (!this.district || this.districtOf(agency) === this.district) &&
        (!this.kind || this.kindOf(agency) === this.kind) &&
        matchesAll(searchable(`${this.nameOf(agency)} ${this.districtOf(agency)}`), terms),
    );
    const filtering = terms.length > 0 || this.district !== '' || this.kind !== '';
    const level = headingLevel(this.headingLevel, 1);
    return html`${this.renderHeading(data)}
      <div class="search-tools">
        ${searchFields({
          query: this.query,
          category: this.district,
          categories: [...new Set(agencies.map((agency) => this.districtOf(agency)).filter(Boolean))],
          labels: {
            search: this.t('search-label'),
            hint: this.t('search-hint'),
            category: this.t('district-label'),
            allCategories: this.t('all-districts'),
          },
          onQuery: (value) => (this.query = value),
          onCategory: (value) => (this.district = value),
        })}
        ${this.renderKindFilter(agencies)}
      </div>
      <p class="count" role="status" part="count">
        ${shown.length === 0 ? this.t('no-results') : this.t(filtering ? 'found' : 'count', { count: shown.length })}
      </p>
      <ul class=${listClass(shown.length)}>
        ${shown.map((agency) => this.renderAgency(agency, level))}
      </ul>
      ${this.publication(data.publication)}`;
  }

  private renderKindFilter(agencies: AgencyResult[]): unknown {
    const kinds = [...new Set(agencies.map((agency) => this.kindOf(agency)).filter(Boolean))];
    if (kinds.length < 2) return nothing;
    return html`<div class="search-field">
      <label for="kind">${this.t('kind-label')}</label>
      <select id="kind" @change=${(event: Event) => (this.kind = (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${this.kind === ''}>${this.t('all-kinds')}</option>
        ${kinds.map((kind) => html`<option value=${kind} ?selected=${this.kind === kind}>${this.t(`kind-${kind}`)}</option>`)}
      </select>
    </div>`;
  }

  private renderAgency(agency: AgencyResult, level: number): TemplateResult {
    const name = this.nameOf(agency);
    const website = agency.data?.agency.website;
    const kind = this.kindOf(agency);
    const district = this.districtOf(agency);
    const facts = [kind ? this.t(`kind-${kind}`) : '', district ? this.t('district', { name: district }) : ''];
    return html`<li part="agency" class=${agency.failure ? 'agency unreachable' : 'agency'}>
      ${heading(level, website ? link(website, name, { base: agency.manifest }) : name, undefined, { part: '', className: 'name' })}
      <p class="meta">${facts.filter(Boolean).join(' · ')}</p>
      ${agency.failure ? this.renderUnreachable(agency) : this.renderDetails(agency)}
    </li>`;
  }

  private renderUnreachable(agency: AgencyResult): TemplateResult {
    const seen = agency.lastSeen?.at;
    return html`<p class="unreachable-line" part="unreachable" data-failure=${agency.failure!}>
      <strong>${this.t('unreachable')}</strong> (${this.t(`failure-${agency.failure!}`)})<br />
      ${seen ? html`${this.t('last-seen')} ${this.date(seen, true)}` : this.t('never-seen')}
    </p>`;
  }

  private renderDetails(agency: AgencyResult): TemplateResult {
    const latest = agency.news[0];
    return html`${agency.contact ? this.renderContact(agency.contact) : nothing}
    ${
      latest
        ? html`<p class="latest"><span class="label">${this.t('latest-news')}</span> ${this.renderNewsLink(latest)}
          ${this.date(latest.item.publishedAt)}</p>`
        : nothing
    }
    ${this.renderPages(agency)}`;
  }

  private renderContact(contact: ContactData): TemplateResult {
    const phones = (contact.phones ?? []).slice(0, 2);
    const emails = (contact.emails ?? []).slice(0, 1);
    // One line, in the order and with the prefixes of the address's own language (core's format).
    const address = formatAddress(contact.address, this.lang);
    return html`<address>
      <span lang=${address.lang === this.lang ? nothing : address.lang}>${address.text}</span>
      ${phones.map((phone) => html`<br />${this.t('phone')} ${link(telHref(phone.number), phone.number)}`)}
      ${emails.map((email) => html`<br />${this.t('email')} ${link(`mailto:${email}`, email)}`)}
    </address>`;
  }

  private renderNewsLink({ item, base }: AgencyNews): unknown {
    const title = this.text(item.title) || item.id;
    return item.url ? link(item.url, title, { base }) : title;
  }

  /** Each page of the manifest once, in the manifest's order, after the website itself. */
  private renderPages(agency: AgencyResult): unknown {
    const content = agency.data?.content ?? {};
    const seen = new Set<string>();
    const pages: TemplateResult[] = [];
    for (const [type, value] of Object.entries(content)) {
      if (HOME_ONLY.has(type)) continue;
      for (const entry of ([] as PageEntry[]).concat(value as PageEntry)) {
        const href = entry.page && safeUrl(entry.page, agency.manifest);
        if (!href || seen.has(href)) continue;
        seen.add(href);
        pages.push(html`<li><a href=${href}>${this.text(entry.title) || this.t(`page-${type}`)}</a></li>`);
      }
    }
    if (pages.length === 0) return nothing;
    return html`<p class="label">${this.t('pages')}</p>
      <ul class="pages">
        ${pages}
      </ul>`;
  }

  /** Every reachable agency's news, newest first, one entry per link. */
  private mergedNews(data: AgencyDirectoryData): Array<AgencyNews & { agency: string }> {
    const seen = new Set<string>();
    const merged: Array<AgencyNews & { agency: string; time: number }> = [];
    for (const agency of this.agencies.get(data) ?? []) {
      for (const news of agency.news) {
        const key = safeUrl(news.item.url, news.base) ?? `${agency.manifest}#${news.item.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const time = Date.parse(news.item.publishedAt ?? '') || -Infinity;
        merged.push({ ...news, agency: this.nameOf(agency), time });
      }
    }
    return merged.sort((a, b) => b.time - a.time);
  }

  private renderNews(data: AgencyDirectoryData): TemplateResult {
    const items = this.mergedNews(data).slice(0, Math.max(1, this.limit || 10));
    const agencies = (this.agencies.get(data) ?? []).filter((agency) => !agency.failure).length;
    const level = headingLevel(this.headingLevel, 1);
    return html`${heading(this.headingLevel, this.t('news-title'))}
      <p class="count" part="count">${this.t('news-count', { count: agencies })}</p>
      ${this.renderMissing(data)}
      <ul class=${listClass(items.length)}>
        ${items.map(
          (news) =>
            html`<li part="news-item" class="news-item">
              ${heading(level, this.renderNewsLink(news), undefined, { part: '', className: 'name' })}
              <p class="meta"><span class="source">${news.agency}</span> ${this.date(news.item.publishedAt)}</p>
            </li>`,
        )}
      </ul>`;
  }

  /** Names the agencies whose news is missing from the list because their site cannot be read. */
  private renderMissing(data: AgencyDirectoryData): unknown {
    const missing = (this.agencies.get(data) ?? []).filter((agency) => agency.failure);
    if (missing.length === 0) return nothing;
    const names = missing.map((agency) => this.nameOf(agency)).join(', ');
    return html`<p class="news-missing" part="news-missing">${this.t('news-missing', { names })}</p>`;
  }
}
