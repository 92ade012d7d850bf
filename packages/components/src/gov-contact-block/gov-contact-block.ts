import { html, nothing, type PropertyValues } from 'lit';
import {
  GovElement,
  lazyImport,
  digitsIn,
  heading,
  link,
  formatAddress,
  safeUrl,
  setJsonLd,
  telHref,
  type DataSource,
  type AddressParts,
} from '@govkit-th/core';
import type { ContactData, ThaiAddress } from '@govkit-th/schemas';
import { contactStyles } from './gov-contact-block.styles.js';

/** `www.singburi.go.th` is a site, not a page beside this one. */
function websiteUrl(value: string): string {
  return /^[\w-]+(\.[\w-]+)+(\/|$)/.test(value.trim()) ? `https://${value.trim()}` : value;
}

/** The schema and its checks load in their own chunk, from the moment an element is made. */
const loadChecker = lazyImport(() => import('./check.js'));

const th = {
  phone: 'โทรศัพท์',
  fax: 'โทรสาร',
  email: 'อีเมล',
  website: 'เว็บไซต์',
  'office-hours': 'วันและเวลาทำการ',
  social: 'สื่อสังคมออนไลน์',
  'social-link': '{platform} ของ {name}',
  'social-facebook': 'เฟซบุ๊ก',
  'social-line': 'ไลน์',
  'social-youtube': 'ยูทูบ',
  'social-x': 'เอ็กซ์ (ทวิตเตอร์)',
  'social-instagram': 'อินสตาแกรม',
  'social-tiktok': 'ติ๊กต็อก',
  'social-other': 'ช่องทางอื่น',
  map: 'ดูตำแหน่งบนแผนที่ OpenStreetMap',
  empty: 'หน่วยงานยังไม่ได้เผยแพร่หมายเลขโทรศัพท์ อีเมล หรือช่องทางติดต่ออื่น',
};

const en = {
  phone: 'Phone',
  fax: 'Fax',
  email: 'Email',
  website: 'Website',
  'office-hours': 'Office hours',
  social: 'Social media',
  'social-link': '{name} on {platform}',
  'social-facebook': 'Facebook',
  'social-line': 'LINE',
  'social-youtube': 'YouTube',
  'social-x': 'X (Twitter)',
  'social-instagram': 'Instagram',
  'social-tiktok': 'TikTok',
  'social-other': 'Other channel',
  map: 'See the location on OpenStreetMap',
  empty: 'No phone number, email or other contact channel has been published yet.',
} satisfies Record<keyof typeof th, string>;

/**
 * How to contact the agency (order 1.1(1), "ติดต่อเรา"): the address in Thai or English
 * order, phones that dial from a mobile, fax, e-mail, website, office hours, social media
 * and a map link, with GovernmentOrganization JSON-LD for search engines.
 *
 * @tagname gov-contact-block
 * @summary The agency's address and every way to reach it.
 *
 * @slot - Fallback content (for example the address as a plain `<address>`), shown before the element upgrades and when loading fails.
 *
 * @csspart heading - The agency name.
 * @csspart address - The postal address (`address`).
 * @csspart channels - The list of phones, fax, e-mail, website, office hours and social media.
 * @csspart map-link - The link to the map.
 * @csspart status - The loading or empty status line.
 * @csspart error - The error message box.
 * @csspart retry-button - The retry button in the error state.
 * @csspart publication - The publication record.
 *
 * @fires gov-load - The data is ready; `detail` is the data.
 * @fires gov-error - Loading or validation failed; `detail.error` says why.
 */
export class GovContactBlock extends GovElement<ContactData> {
  static override styles = [...GovElement.styles, contactStyles];

  static override strings = { th, en };

  protected dataSource(): DataSource<ContactData> {
    loadChecker().catch(() => undefined); // early, beside the data's fetch; a failure is retried when the data is checked
    return {
      validate: async (data) => (await loadChecker()).checkContact(data, this.lang),
      // Empty: nothing but the address (and hours, map) to go on — no way to call or write.
      isEmpty: (data) =>
        !(data.phones?.length || data.fax?.length || data.emails?.length || data.website || data.socials?.length),
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    setJsonLd(this, this.state === 'ready' || this.state === 'empty' ? this.jsonLd(this.data!) : undefined);
  }

  protected renderReady(data: ContactData, empty = false): unknown {
    const address = this.address(data.address);
    const base = this.dataController.baseUrl;
    const name = this.text(data.name);
    const rows = [
      this.row(
        'phone',
        data.phones?.map((phone) => {
          const label = phone.label ? html`<span class="label">${this.text(phone.label)}</span> ` : nothing;
          return html`${label}<span class="number">${link(telHref(phone.number), this.digits(phone.number))}</span>`;
        }),
      ),
      this.row(
        'fax',
        data.fax?.map((number) => html`<span class="number">${this.digits(number)}</span>`),
      ),
      this.row(
        'email',
        data.emails?.map((email) => link(`mailto:${email}`, email)),
      ),
      this.row(
        'website',
        data.website
          ? [link(websiteUrl(data.website), data.website.replace(/^https?:\/\/|\/$/g, ''), { base })]
          : undefined,
      ),
      this.row(
        'office-hours',
        data.officeHours ? [html`<span class="hours">${this.text(data.officeHours)}</span>`] : undefined,
      ),
      this.row(
        'social',
        data.socials?.map((social) => {
          const platform = this.t(`social-${social.platform}`);
          const shown = this.text(social.label) || platform;
          const href = safeUrl(social.url, base);
          const label = this.t('social-link', { platform, name: this.text(social.label) || name });
          return href ? html`<a href=${href} aria-label=${label}>${shown}</a>` : shown;
        }),
      ),
    ].filter((row) => row !== nothing);
    return html`
      ${heading(this.headingLevel, name)}
      <address part="address" lang=${address.lang === this.lang ? nothing : address.lang}>${this.digits(address.text)}</address>
      ${empty ? this.renderEmptyStatus() : nothing}
      ${rows.length ? html`<dl class="channels" part="channels">${rows}</dl>` : nothing}
      ${data.map ? html`<p><a part="map-link" href=${this.mapUrl(data.map)}>${this.t('map')}</a></p>` : nothing}
      ${this.publication(data.publication)}
    `;
  }

  protected override renderEmpty(data: ContactData): unknown {
    return this.renderReady(data, true);
  }

  private row(key: string, values: unknown[] | undefined) {
    return values?.length
      ? html`<div><dt>${this.t(key)}</dt>${values.map((value) => html`<dd>${value}</dd>`)}</div>`
      : nothing;
  }

  /** Phone numbers, fax and postcode in Thai digits when a Thai page asks for them. */
  private digits(text: string): string {
    return this.lang === 'th' ? digitsIn(text, this.numerals) : text;
  }

  /** The address in the reader's language (core's Thai address format). */
  private address(address: ThaiAddress): AddressParts {
    return formatAddress(address, this.lang);
  }

  private mapUrl({ lat, lng }: { lat: number; lng: number }): string {
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`;
  }

  private jsonLd(data: ContactData): object {
    const address = this.address(data.address);
    const base = this.dataController.baseUrl;
    // Empty lists are left out rather than published as [].
    const list = <T>(values: Array<T | undefined>) => (values.some(Boolean) ? values.filter(Boolean) : undefined);
    const urls = (values: Array<string | undefined>) => list(values.map((value) => safeUrl(value, base)));
    const numbers = (values: string[] = []) => list(values.map((number) => telHref(number)?.slice(4)));
    return {
      '@context': 'https://schema.org',
      '@type': 'GovernmentOrganization',
      name: this.text(data.name),
      address: {
        '@type': 'PostalAddress',
        streetAddress: address.street,
        addressLocality: address.locality || undefined,
        addressRegion: address.region,
        postalCode: address.postcode || undefined,
        addressCountry: 'TH',
      },
      telephone: numbers(data.phones?.map((phone) => phone.number)),
      faxNumber: numbers(data.fax),
      email: list(data.emails ?? []),
      url: urls([data.website && websiteUrl(data.website)])?.[0],
      sameAs: urls((data.socials ?? []).map((social) => social.url)),
      geo: data.map ? { '@type': 'GeoCoordinates', latitude: data.map.lat, longitude: data.map.lng } : undefined,
      hasMap: data.map ? this.mapUrl(data.map) : undefined,
    };
  }
}
