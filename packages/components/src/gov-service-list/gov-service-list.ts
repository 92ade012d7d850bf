import { html, nothing } from 'lit';
import { GovElement, heading, lazyImport, link, listClass, longListStyles, type DataSource } from '@govkit-th/core';
import type { EService, ServiceListData } from '@govkit-th/schemas';
import { serviceListStyles } from './gov-service-list.styles.js';

/** The schema and its checks load in their own chunk, from the moment an element is made. */
const loadChecker = lazyImport(() => import('./check.js'));

const th = {
  title: 'บริการอิเล็กทรอนิกส์ (e-Service)',
  empty: 'ยังไม่มีบริการอิเล็กทรอนิกส์ในขณะนี้',
  'audience-label': 'กลุ่มผู้ใช้บริการ',
  'all-audiences': 'ทุกกลุ่ม',
  'channel-label': 'ช่องทาง',
  'all-channels': 'ทุกช่องทาง',
  'count.one': 'ทั้งหมด {count}\u00a0บริการ',
  'count.other': 'ทั้งหมด {count}\u00a0บริการ',
  'found.one': 'พบ {count}\u00a0บริการที่ตรงกับตัวเลือก',
  'found.other': 'พบ {count}\u00a0บริการที่ตรงกับตัวเลือก',
  'no-results': 'ไม่พบบริการที่ตรงกับตัวเลือก ลองเลือกกลุ่มผู้ใช้บริการหรือช่องทางอื่น',
  audience: 'สำหรับ',
  channel: 'ช่องทาง',
  availability: 'เวลาให้บริการ',
  'channel-web-form': 'แบบฟอร์มออนไลน์',
  'channel-website': 'เว็บไซต์',
  'channel-line': 'ไลน์ (LINE Official Account)',
  'channel-app': 'แอปพลิเคชัน',
  'channel-email': 'อีเมล',
  'channel-phone': 'โทรศัพท์',
  'channel-counter': 'ติดต่อที่สำนักงาน',
};

const en = {
  title: 'Electronic services (e-Service)',
  empty: 'No electronic service has been published yet.',
  'audience-label': 'Who it is for',
  'all-audiences': 'Everyone',
  'channel-label': 'Channel',
  'all-channels': 'All channels',
  'count.one': '{count}\u00a0service',
  'count.other': '{count}\u00a0services',
  'found.one': '{count}\u00a0service matches your choice',
  'found.other': '{count}\u00a0services match your choice',
  'no-results': 'No service matches your choice. Try another group or channel.',
  audience: 'For',
  channel: 'Channel',
  availability: 'Available',
  'channel-web-form': 'Online form',
  'channel-website': 'Website',
  'channel-line': 'LINE official account',
  'channel-app': 'Mobile app',
  'channel-email': 'Email',
  'channel-phone': 'Phone',
  'channel-counter': 'At the office',
} satisfies Record<keyof typeof th, string>;

/**
 * The agency's electronic services (order 1.3(2), e-Service): what each does, who it is for,
 * its channel (online form, website, LINE, app, e-mail, phone, counter), its link and when it
 * can be used, with filters by audience and by channel whose result count is announced politely.
 *
 * @tagname gov-service-list
 * @summary The agency's e-services, filterable by audience and channel.
 *
 * @slot - Fallback content (for example the services as a plain list of links), shown before the element upgrades and when loading fails.
 *
 * @csspart heading - The heading above the list.
 * @csspart filters - The audience and channel filters.
 * @csspart count - The line that says how many services are shown (a polite live region).
 * @csspart item - One service.
 * @csspart status - The loading or empty status line.
 * @csspart error - The error message box.
 * @csspart retry-button - The retry button in the error state.
 * @csspart publication - The publication record.
 *
 * @fires gov-load - The data is ready; `detail` is the data.
 * @fires gov-error - Loading or validation failed; `detail.error` says why.
 */
export class GovServiceList extends GovElement<ServiceListData> {
  static override styles = [...GovElement.styles, serviceListStyles, longListStyles];

  static override strings = { th, en };

  static override properties = {
    ...GovElement.properties,
    audience: { type: String },
    channel: { type: String },
  };

  /** The chosen audience (its text in the reader's language); empty for everyone. */
  declare audience: string;
  /** The chosen channel (`web-form`, `line`…); empty for all. */
  declare channel: string;

  constructor() {
    super();
    this.audience = '';
    this.channel = '';
  }

  protected dataSource(): DataSource<ServiceListData> {
    loadChecker().catch(() => undefined); // early, beside the data's fetch; a failure is retried when the data is checked
    return {
      validate: async (data) => (await loadChecker()).checkServiceList(data, this.lang),
      isEmpty: (data) => data.services.length === 0,
    };
  }

  protected renderReady(data: ServiceListData): unknown {
    const services = data.services.filter(
      (service) =>
        (this.audience === '' || this.audiences(service).includes(this.audience)) &&
        (this.channel === '' || service.channel === this.channel),
    );
    const filtering = this.audience !== '' || this.channel !== '';
    return html`
      ${this.renderHeading(data)}
      <div class="tools" part="filters">
        ${this.filter('audience', this.audience, [...new Set(data.services.flatMap((s) => this.audiences(s)))], (v) => v)}
        ${this.filter('channel', this.channel, [...new Set(data.services.map((s) => s.channel))], (v) => this.t(`channel-${v}`))}
      </div>
      <p class="count" role="status" part="count">
        ${services.length === 0 ? this.t('no-results') : this.t(filtering ? 'found' : 'count', { count: services.length })}
      </p>
      <ul class=${listClass(services.length)}>
        ${services.map((service) => this.renderService(service))}
      </ul>
      ${this.publication(data.publication)}
    `;
  }

  /** A select of the values present in the data, with "all" first; nothing when there is no choice to make. */
  private filter(name: 'audience' | 'channel', chosen: string, values: string[], label: (value: string) => string) {
    if (values.length < 2) return nothing;
    const onChange = (event: Event) => (this[name] = (event.target as HTMLSelectElement).value);
    return html`<div class="field">
      <label for=${name}>${this.t(`${name}-label`)}</label>
      <select id=${name} @change=${onChange}>
        <option value="" ?selected=${chosen === ''}>${this.t(`all-${name === 'audience' ? 'audiences' : 'channels'}`)}</option>
        ${values.map((value) => html`<option value=${value} ?selected=${chosen === value}>${label(value)}</option>`)}
      </select>
    </div>`;
  }

  private renderService(service: EService) {
    const name = this.text(service.name);
    const base = this.dataController.baseUrl;
    return html`<li id=${service.id ?? nothing} part="item">
      ${heading(this.headingLevel + 1, service.href ? link(service.href, name, { base }) : name, undefined, { part: 'name' })}
      <p>${this.text(service.description)}</p>
      <dl>
        <dt>${this.t('audience')}</dt>
        <dd>${this.audiences(service).join(', ')}</dd>
        <dt>${this.t('channel')}</dt>
        <dd>${this.t(`channel-${service.channel}`)}</dd>
        <dt>${this.t('availability')}</dt>
        <dd>${this.text(service.availability)}</dd>
        ${service.updatedAt ? html`<dt>${this.t('updated-at')}</dt><dd>${this.date(service.updatedAt)}</dd>` : nothing}
      </dl>
    </li>`;
  }

  private audiences(service: EService): string[] {
    return service.audience.map((audience) => this.text(audience));
  }
}
