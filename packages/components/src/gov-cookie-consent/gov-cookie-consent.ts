import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { baseStyles, KIT_VERSION, LocalizeController, safeUrl } from '@govkit-th/core';
import { cookieConsentStyles } from './gov-cookie-consent.styles.js';
import {
  activateScripts,
  OPTIONAL,
  pageNeedsConsent,
  readConsent,
  writeConsent,
  type ConsentCategory,
  type ConsentRecord,
  type OptionalCategory,
} from './consent-store.js';

export { STORAGE_KEY } from './consent-store.js';
export type { ConsentCategory, ConsentRecord } from './consent-store.js';

/** `gov-consent-change`: the visitor made or changed the choice; `detail` is what is stored. */
export type GovConsentChangeEvent = CustomEvent<ConsentRecord>;

/** A video a `gov-link-list` was asked to play, held back until the visitor agrees. */
interface PendingEmbed {
  host: Element & { showPlayer?: (videoId: string) => Promise<void> };
  videoId: string;
}

const th = {
  heading: 'เว็บไซต์นี้ใช้คุกกี้',
  intro: 'คุกกี้ที่จำเป็นทำให้เว็บไซต์ทำงานได้ ส่วนคุกกี้สถิติการเข้าชมและวิดีโอจากเว็บไซต์อื่นใช้เมื่อท่านยินยอมเท่านั้น เปลี่ยนได้ทุกเมื่อ',
  policy: 'อ่านนโยบายคุกกี้',
  'accept-all': 'ยอมรับทั้งหมด',
  'reject-all': 'ปฏิเสธทั้งหมด',
  settings: 'ตั้งค่า',
  'settings-heading': 'ตั้งค่าคุกกี้',
  'settings-intro': 'เลือกได้ว่าจะยินยอมให้ใช้คุกกี้ประเภทใด นอกจากคุกกี้ที่จำเป็นแล้ว ไม่มีประเภทใดเปิดไว้จนกว่าท่านจะเลือก',
  'necessary-label': 'คุกกี้ที่จำเป็น (เปิดใช้เสมอ)',
  'necessary-text': 'ทำให้เว็บไซต์ทำงานได้และจดจำการเลือกของท่านในหน้านี้ ไม่ใช้ติดตามตัวท่าน จึงปิดไม่ได้',
  'statistics-label': 'คุกกี้เพื่อสถิติการเข้าชม',
  'statistics-text': 'นับจำนวนผู้เข้าชมและหน้าที่ถูกเปิด เพื่อปรับปรุงเว็บไซต์ ไม่ระบุตัวบุคคล',
  'media-label': 'สื่อจากเว็บไซต์ภายนอก (วิดีโอ)',
  'media-text': 'เล่นวิดีโอจาก YouTube ในหน้านี้ได้ เมื่อเล่น YouTube จะได้รับข้อมูลการเข้าชมของท่าน',
  'media-asked': 'วิดีโอนี้โหลดจาก YouTube จึงต้องได้รับความยินยอมในหัวข้อ “สื่อจากเว็บไซต์ภายนอก” ก่อน',
  save: 'บันทึกการตั้งค่า',
  close: 'ปิด',
  saved: 'บันทึกการเลือกของท่านแล้ว',
};

const en = {
  heading: 'This website uses cookies',
  intro:
    'The cookies this website needs to work are always on. Cookies for visitor statistics and videos from other websites are used only if you agree, and you can change your choice at any time.',
  policy: 'Read the cookie policy',
  'accept-all': 'Accept all',
  'reject-all': 'Reject all',
  settings: 'Settings',
  'settings-heading': 'Cookie settings',
  'settings-intro': 'Choose which cookies you allow. Apart from the necessary ones, none is on until you choose.',
  'necessary-label': 'Necessary cookies (always on)',
  'necessary-text':
    'They make the website work and remember your choice on this page. They do not track you, so they cannot be turned off.',
  'statistics-label': 'Statistics cookies',
  'statistics-text': 'Count visitors and the pages they open, to improve the website. They do not identify you.',
  'media-label': 'Media from other websites (videos)',
  'media-text': 'Lets YouTube videos play on this page. When a video plays, YouTube receives data about your visit.',
  'media-asked': 'This video loads from YouTube, so it needs your consent to “Media from other websites” first.',
  save: 'Save settings',
  close: 'Close',
  saved: 'Your choice has been saved.',
} satisfies Record<keyof typeof th, string>;

/**
 * PDPA cookie consent that is enforced, not decorative: necessary cookies always on,
 * statistics and third-party media (videos) off until the visitor chooses. "Reject all" is
 * one click, beside "Accept all" and the same size. The choice is kept in localStorage with
 * the policy version and date (a new `policy-version` asks again) and can be changed from
 * the footer's `gov-cookie-settings` event or `open()`. It gates page scripts written as
 * `<script type="text/plain" data-consent="statistics" src="…">` and `gov-link-list`'s video
 * players (`gov-embed-request`). When the page has nothing that needs consent, it shows nothing.
 *
 * @tagname gov-cookie-consent
 * @summary PDPA cookie consent that gates statistics scripts and embedded videos.
 *
 * @csspart banner - The consent banner fixed at the bottom of the window (a region with a heading).
 * @csspart accept-button - "Accept all" in the banner.
 * @csspart reject-button - "Reject all" in the banner.
 * @csspart settings-button - "Settings" in the banner.
 * @csspart dialog - The settings dialog (`dialog`).
 *
 * @cssprop [--gov-consent-background=#fff] - Background of the banner and the settings dialog.
 *
 * @fires gov-consent-change - The visitor made or changed the choice; `detail` is `{ version, date, statistics, media }`.
 */
export class GovCookieConsent extends LitElement {
  static kitVersion = KIT_VERSION;
  static override styles = [baseStyles, cookieConsentStyles];
  static strings = { th, en };

  static override properties = {
    policyHref: { type: String, attribute: 'policy-href' },
    policyVersion: { type: String, attribute: 'policy-version' },
    state: { type: String, reflect: true },
    choice: { state: true },
    needed: { state: true },
    dialogOpen: { state: true },
    askedFor: { state: true },
  };

  /** Address of the cookie policy page, linked from the banner and the dialog. */
  declare policyHref?: string;
  /** Version of the cookie policy; a stored choice made under another version is asked again. */
  declare policyVersion: string;
  /** `ready` while the banner or the dialog shows; `empty` (and `hidden`) when there is nothing to show. */
  declare state: 'loading' | 'ready' | 'empty';
  declare choice?: ConsentRecord;
  declare needed: boolean;
  declare dialogOpen: boolean;
  declare askedFor?: OptionalCategory;

  private readonly l10n = new LocalizeController(this, () => GovCookieConsent.strings);
  private pending?: PendingEmbed;
  private resizeObserver?: ResizeObserver;

  constructor() {
    super();
    this.policyVersion = '1';
    this.state = 'loading';
    this.needed = false;
    this.dialogOpen = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('gov-embed-request', this.onEmbedRequest);
    document.addEventListener('gov-cookie-settings', this.onSettingsRequest);
    document.addEventListener('gov-load', this.detect);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', this.detect, { once: true });
    this.choice = readConsent(this.policyVersion);
    this.detect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('gov-embed-request', this.onEmbedRequest);
    document.removeEventListener('gov-cookie-settings', this.onSettingsRequest);
    document.removeEventListener('gov-load', this.detect);
    document.removeEventListener('DOMContentLoaded', this.detect);
    this.resizeObserver?.disconnect();
    document.documentElement.style.removeProperty('scroll-padding-bottom');
  }

  /** Whether the visitor agreed to a category; `necessary` is always true. */
  hasConsent(category: ConsentCategory | string): boolean {
    if (category === 'necessary') return true;
    return (OPTIONAL as readonly string[]).includes(category) && this.choice?.[category as OptionalCategory] === true;
  }

  /** Opens the settings dialog, with focus on one category's choice when it is named. */
  async open(category?: OptionalCategory): Promise<void> {
    this.askedFor = category;
    this.dialogOpen = true;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog')!;
    if (!dialog.open) dialog.showModal();
    const focus = this.renderRoot.querySelector<HTMLInputElement>(`input[name="${category ?? OPTIONAL[0]}"]`);
    focus?.focus();
  }

  /** Records a choice: every optional category set as given. */
  choose(values: Record<OptionalCategory, boolean>): void {
    const record: ConsentRecord = { version: this.policyVersion, date: new Date().toISOString(), ...values };
    writeConsent(record);
    this.choice = record;
    activateScripts((category) => this.hasConsent(category));
    const pending = this.pending;
    this.pending = undefined;
    this.closeDialog();
    if (pending && record.media) void pending.host.showPlayer?.(pending.videoId);
    this.dispatchEvent(new CustomEvent('gov-consent-change', { bubbles: true, composed: true, detail: record }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('policyVersion') && this.hasUpdated) this.choice = readConsent(this.policyVersion);
    const showing = this.bannerShown() || this.dialogOpen;
    this.state = showing ? 'ready' : 'empty';
    this.hidden = !showing;
  }

  protected override updated(): void {
    const banner = this.renderRoot.querySelector<HTMLElement>('[part=banner]');
    this.resizeObserver ??= new ResizeObserver(() => this.keepFocusVisible());
    this.resizeObserver.disconnect();
    if (banner) this.resizeObserver.observe(banner);
    this.keepFocusVisible();
  }

  protected override render(): unknown {
    return html`${this.bannerShown() ? this.renderBanner() : nothing}${this.dialogOpen ? this.renderDialog() : nothing}`;
  }

  private renderBanner() {
    const t = (key: keyof typeof th) => this.l10n.t(key);
    return html`<section part="banner" class="banner" aria-labelledby="consent-heading">
      <div class="inner">
        <h2 id="consent-heading">${t('heading')}</h2>
        <p>${t('intro')} ${this.policyLink()}</p>
        <div class="actions">
          <div class="choices">
            <button type="button" part="accept-button" @click=${() => this.chooseAll(true)}>${t('accept-all')}</button>
            <button type="button" part="reject-button" @click=${() => this.chooseAll(false)}>${t('reject-all')}</button>
          </div>
          <button type="button" class="secondary" part="settings-button" @click=${() => void this.open()}>
            ${t('settings')}
          </button>
        </div>
      </div>
    </section>`;
  }

  private renderDialog() {
    const t = (key: keyof typeof th) => this.l10n.t(key);
    return html`<dialog part="dialog" aria-labelledby="settings-heading" @close=${this.onDialogClose}>
      <h2 id="settings-heading">${t('settings-heading')}</h2>
      ${this.askedFor === 'media' && this.pending ? html`<p class="asked">${t('media-asked')}</p>` : nothing}
      <p>${t('settings-intro')} ${this.policyLink()}</p>
      <div class="category">
        <input type="checkbox" id="necessary" checked disabled aria-describedby="necessary-text" />
        <label for="necessary">${t('necessary-label')}</label>
        <p id="necessary-text">${t('necessary-text')}</p>
      </div>
      ${OPTIONAL.map(
        (category) => html`<div class="category">
          <input type="checkbox" id=${category} name=${category} .checked=${this.hasConsent(category)}
            aria-describedby="${category}-text" />
          <label for=${category}>${this.l10n.t(`${category}-label`)}</label>
          <p id="${category}-text">${this.l10n.t(`${category}-text`)}</p>
        </div>`,
      )}
      <div class="actions">
        <button type="button" part="save-button" @click=${this.saveFromDialog}>${t('save')}</button>
        <div class="choices">
          <button type="button" class="secondary" @click=${() => this.chooseAll(true)}>${t('accept-all')}</button>
          <button type="button" class="secondary" @click=${() => this.chooseAll(false)}>${t('reject-all')}</button>
        </div>
        <button type="button" class="secondary" @click=${() => this.closeDialog()}>${t('close')}</button>
      </div>
    </dialog>`;
  }

  private policyLink() {
    const href = safeUrl(this.policyHref, document.baseURI);
    return href ? html`<a href=${href}>${this.l10n.t('policy')}</a>` : nothing;
  }

  private bannerShown(): boolean {
    return this.needed && !this.choice;
  }

  private chooseAll(value: boolean): void {
    this.choose({ statistics: value, media: value });
  }

  private readonly saveFromDialog = (): void => {
    const checked = (name: OptionalCategory) =>
      this.renderRoot.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.checked === true;
    this.choose({ statistics: checked('statistics'), media: checked('media') });
  };

  private closeDialog(): void {
    this.renderRoot.querySelector('dialog')?.close();
    this.dialogOpen = false;
  }

  /** Escape or `close()`: the dialog is gone, and so is a video that waited for it. */
  private readonly onDialogClose = (): void => {
    this.dialogOpen = false;
    this.pending = undefined;
  };

  /** Looks again for what needs consent (at start, when the document is parsed, when a kit element loads). */
  private readonly detect = (event?: Event): void => {
    if (this.choice) activateScripts((category) => this.hasConsent(category));
    // A kit element fires gov-load before it renders what it loaded: look once it has.
    const rendered = (event?.target as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
    void Promise.resolve(rendered).then(() => {
      this.needed = this.needed || pageNeedsConsent();
    });
  };

  private readonly onEmbedRequest = (event: Event): void => {
    if (this.hasConsent('media')) return;
    event.preventDefault();
    const detail = (event as CustomEvent<{ videoId: string }>).detail;
    this.pending = { host: event.target as PendingEmbed['host'], videoId: detail.videoId };
    void this.open('media');
  };

  private readonly onSettingsRequest = (): void => void this.open();

  /**
   * The banner is fixed over the bottom of the window: the page scrolls a focused control
   * clear of it (WCAG 2.4.11) and keeps room to scroll its last lines above it.
   */
  private keepFocusVisible(): void {
    const banner = this.renderRoot.querySelector<HTMLElement>('[part=banner]');
    const height = banner ? `${Math.ceil(banner.getBoundingClientRect().height)}px` : '';
    document.documentElement.style.setProperty('scroll-padding-bottom', height);
    this.style.setProperty('--_reserve', height || '0px');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-consent-change': GovConsentChangeEvent;
  }
}
