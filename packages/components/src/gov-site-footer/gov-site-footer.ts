import { html, nothing, type PropertyValues } from 'lit';
import {
  bangkokDay,
  GovDataError,
  GovElement,
  lazyImport,
  link,
  formatAddress,
  safeUrl,
  telHref,
  type DataSource,
  type LocalizedText,
  type PrepareTools,
} from '@govkit-th/core';
import type { ContactData, FooterData, FooterLink, ThaiAddress } from '@govkit-th/schemas';
import { siteFooterStyles } from './gov-site-footer.styles.js';

/** The schemas and their checks load in their own chunk, from the moment an element is made. */
const loadChecker = lazyImport(() => import('./check.js'));

const th = {
  title: 'ข้อมูลหน่วยงานและนโยบายเว็บไซต์',
  links: 'ลิงก์มาตรฐานของเว็บไซต์',
  'link-contact': 'ติดต่อเรา',
  'link-terms': 'เงื่อนไขการใช้งาน',
  'link-website-policy': 'นโยบายเว็บไซต์',
  'link-privacy-policy': 'นโยบายการคุ้มครองข้อมูลส่วนบุคคล',
  'link-privacy-notice': 'ประกาศความเป็นส่วนตัว',
  'link-cookie-policy': 'นโยบายคุกกี้',
  'link-security-policy': 'นโยบายการรักษาความมั่นคงปลอดภัยเว็บไซต์',
  'link-disclaimer': 'ข้อจำกัดความรับผิดชอบ',
  'link-accessibility': 'การเข้าถึงเว็บไซต์',
  'link-sitemap': 'แผนผังเว็บไซต์',
  'cookie-settings': 'ตั้งค่าคุกกี้',
  phone: 'โทร',
  email: 'อีเมล',
  government: 'รัฐบาลไทย',
};

const en = {
  title: 'About this agency and website policies',
  links: 'Standard website links',
  'link-contact': 'Contact us',
  'link-terms': 'Terms of use',
  'link-website-policy': 'Website policy',
  'link-privacy-policy': 'Personal data protection policy',
  'link-privacy-notice': 'Privacy notice',
  'link-cookie-policy': 'Cookie policy',
  'link-security-policy': 'Website security policy',
  'link-disclaimer': 'Disclaimer',
  'link-accessibility': 'Accessibility statement',
  'link-sitemap': 'Sitemap',
  'cookie-settings': 'Cookie settings',
  phone: 'Phone',
  email: 'Email',
  government: 'Government of Thailand',
} satisfies Record<keyof typeof th, string>;

/** The `gov-cookie-settings` event: a request to open the cookie settings (no detail). */
export type GovCookieSettingsEvent = CustomEvent<null>;

/**
 * The standard footer of every page (DGA Digital Service Standard draft 3.2.1.4; the
 * Government Website Standard's "การประกาศนโยบาย"): the agency's name and address from its
 * contact data (`src`, the schema `gov-contact-block` reads), the standard policy links and
 * the province link (order clause 2.2) from a footer file (`links`), "© 2569 [agency] ·
 * รัฐบาลไทย" with the Buddhist-era year of the page's date, the page's last-updated date, and
 * optionally a "cookie settings" button that asks `gov-cookie-consent` to open.
 *
 * Put it inside the page's own `<footer>` (the contentinfo landmark stays in the page's HTML).
 *
 * @tagname gov-site-footer
 * @summary The standard site footer: agency, address, policy links, province link, ©, last updated.
 *
 * @slot - Fallback content (the agency, address and policy links as plain HTML), shown before the element upgrades and when loading fails.
 *
 * @csspart agency - The agency's name.
 * @csspart address - The postal address (`address`).
 * @csspart links - The list of standard links (`nav`).
 * @csspart province - The province link.
 * @csspart cookie-settings - The "cookie settings" button (with the `cookie-settings` attribute).
 * @csspart copyright - The copyright line.
 * @csspart updated - The page's last-updated date.
 * @csspart status - The loading status line.
 * @csspart error - The error message box.
 * @csspart retry-button - The retry button in the error state.
 *
 * @fires gov-cookie-settings - The "cookie settings" button was pressed (bubbles, composed, no detail); `gov-cookie-consent` listens on the document and opens its settings.
 */
export class GovSiteFooter extends GovElement<ContactData> {
  static override styles = [...GovElement.styles, siteFooterStyles];

  static override strings = { th, en };

  static override properties = {
    ...GovElement.properties,
    links: { type: String },
    footer: { attribute: false },
    pageDate: { type: String, attribute: 'page-date' },
    cookieSettings: { type: Boolean, attribute: 'cookie-settings' },
  };

  /** URL of the footer file (`footerSchema`: standard links and the province link). */
  declare links?: string;
  /** The same footer data, from JavaScript (instead of `links`). */
  declare footer?: FooterData;
  /** The page's date (ISO): the © year and "last updated"; `document.lastModified` when absent. */
  declare pageDate?: string;
  /** Shows a "cookie settings" button that fires `gov-cookie-settings`. */
  declare cookieSettings: boolean;

  /** The footer file, once loaded and checked with the contact data. */
  private footerData?: FooterData;

  constructor() {
    super();
    this.cookieSettings = false;
  }

  protected dataSource(): DataSource<ContactData> {
    loadChecker().catch(() => undefined); // early, beside the data's fetch; a failure is retried when the data is checked
    return {
      validate: async (data) => (await loadChecker()).checkContact(data, this.lang),
      isEmpty: () => false,
      prepare: (_data, tools) => this.loadFooter(tools),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new footer file or object: load again, so both files settle together.
    const footerChanged =
      (changed.has('links') && changed.get('links') !== undefined) ||
      (changed.has('footer') && changed.get('footer') !== undefined);
    super.willUpdate(changed);
    if (footerChanged && this.hasUpdated) this.retry();
  }

  /** The footer file from `links` (or `.footer`), checked; its problems are named `footer.json/…`. */
  private async loadFooter(tools: PrepareTools): Promise<void> {
    let raw: unknown = this.footer;
    if (raw === undefined && this.links) {
      const text = await tools.fetchText(this.links);
      try {
        raw = JSON.parse(text.body);
      } catch (cause) {
        throw new GovDataError('parse', `Could not parse ${this.links}`, { cause });
      }
    }
    if (raw === undefined) {
      this.footerData = undefined;
      return;
    }
    const problems = await (await loadChecker()).checkFooter(raw, this.lang);
    if (problems.length > 0) {
      throw new GovDataError('invalid', problems.map((p) => `${p.path}: ${p.message}`).join('; '), { problems });
    }
    this.footerData = raw as FooterData;
  }

  protected renderReady(data: ContactData): unknown {
    const name = this.text(data.name);
    const footer = this.footerData;
    const day = this.pageDay();
    return html`<div class="columns">
        <div class="agency-block">
          <p class="agency" part="agency">${name}</p>
          ${this.renderAddress(data.address)} ${this.renderReach(data)}
        </div>
        ${footer || this.cookieSettings ? this.renderLinks(footer) : nothing}
      </div>
      <div class="meta-line">
        <p part="copyright">
          ©&nbsp;${day ? this.number(Number(day.slice(0, 4)) + 543, { useGrouping: false }) : nothing} ${name} ·
          ${this.t('government')}
        </p>
        ${day ? html`<p part="updated">${this.t('updated-at')} ${this.date(day)}</p>` : nothing}
      </div>`;
  }

  private renderLinks(footer: FooterData | undefined) {
    const province = footer?.province;
    const base = this.links ? new URL(this.links, document.baseURI).href : document.baseURI;
    return html`<nav class="links" part="links" aria-label=${this.t('links')}>
      <ul>
        ${(footer?.links ?? []).map((item) => html`<li>${link(item.href, this.linkTitle(item), { base })}</li>`)}
        ${
          this.cookieSettings
            ? html`<li>
              <button type="button" class="cookie-settings" part="cookie-settings" @click=${this.requestCookieSettings}>
                ${this.t('cookie-settings')}
              </button>
            </li>`
            : nothing
        }
      </ul>
      ${province ? html`<p class="province" part="province">${this.provinceLink(province.href, province.name, base)}</p>` : nothing}
    </nav>`;
  }

  private provinceLink(href: string, name: LocalizedText, base: string) {
    const url = safeUrl(href, base);
    const text = this.text(name);
    return url ? html`<a href=${url}>${text}</a>` : text;
  }

  private linkTitle(item: FooterLink): string {
    if (item.title) return this.text(item.title);
    return item.kind && item.kind !== 'other' ? this.t(`link-${item.kind}`) : item.href;
  }

  private readonly requestCookieSettings = (): void => {
    this.dispatchEvent(new CustomEvent('gov-cookie-settings', { bubbles: true, composed: true, detail: null }));
  };

  /** The first phone number and e-mail address, the two ways most people reach an office. */
  private renderReach(data: ContactData) {
    const phone = data.phones?.[0]?.number;
    const email = data.emails?.[0];
    if (!phone && !email) return nothing;
    const tel = phone ? telHref(phone) : undefined;
    return html`<p class="reach">
      ${phone ? html`<span>${this.t('phone')} ${tel ? html`<a href=${tel}>${phone}</a>` : phone}</span>` : nothing}
      ${email ? html`<span>${this.t('email')} <a href="mailto:${email}">${email}</a></span>` : nothing}
    </p>`;
  }

  /** The address on one line in the reader's language (core's Thai address format). */
  private renderAddress(address: ThaiAddress) {
    const { lang, text } = formatAddress(address, this.lang);
    return html`<address part="address" lang=${lang === this.lang ? nothing : lang}>${text}</address>`;
  }

  /** The page's day in Bangkok: the `page-date` attribute, else the document's last-modified time. */
  private pageDay(): string | undefined {
    return bangkokDay(this.pageDate) ?? bangkokDay(new Date(document.lastModified));
  }
}
