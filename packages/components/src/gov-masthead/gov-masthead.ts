import { LitElement, html, nothing } from 'lit';
import { baseStyles, KIT_VERSION, LocalizeController } from '@govkit-th/core';
import { mastheadStyles } from './gov-masthead.styles.js';

const th = {
  official: 'เว็บไซต์ทางการของหน่วยงานภาครัฐไทย',
  'how-you-know': 'วิธีสังเกต',
  'domain-title': 'เว็บไซต์ทางการใช้ชื่อโดเมน .go.th',
  'domain-text':
    'ที่อยู่เว็บไซต์ของส่วนราชการไทยลงท้ายด้วย .go.th เช่น www.singburi.go.th ระวังเว็บไซต์ที่ใช้ชื่อคล้ายกันแต่ลงท้ายด้วยโดเมนอื่น',
  'https-title': 'เว็บไซต์ที่ปลอดภัยใช้ HTTPS',
  'https-text': 'ดูว่าช่องที่อยู่เว็บไซต์ขึ้นต้นด้วย https:// และมีรูปแม่กุญแจ ข้อมูลที่คุณส่งถึงหน่วยงานจะถูกเข้ารหัสระหว่างทาง',
  'agency-title': 'ชื่อหน่วยงานต้องชัดเจน',
  'agency-text': 'เว็บไซต์นี้เป็นของ{agency} ตรวจสอบให้ตรงกับหน่วยงานที่คุณต้องการติดต่อ',
  'agency-unknown': 'เว็บไซต์ทางการแสดงชื่อหน่วยงานเจ้าของเว็บไซต์ไว้ชัดเจน ตรวจสอบให้ตรงกับหน่วยงานที่คุณต้องการติดต่อ',
  'never-ask': 'หน่วยงานภาครัฐจะไม่ขอรหัสผ่านหรือรหัส OTP ของคุณทางโทรศัพท์ ข้อความ หรืออีเมล',
};

const en = {
  official: 'An official website of the Royal Thai Government',
  'how-you-know': 'Here’s how you know',
  'domain-title': 'Official websites use .go.th',
  'domain-text':
    'The address of a Thai government agency’s website ends in .go.th, such as www.singburi.go.th. Beware of look-alike names that end in another domain.',
  'https-title': 'Secure websites use HTTPS',
  'https-text':
    'Check that the address starts with https:// and shows a padlock. What you send to the agency is encrypted on the way.',
  'agency-title': 'The agency is named',
  'agency-text': 'This website belongs to {agency}. Check that it is the agency you mean to contact.',
  'agency-unknown':
    'An official website names the agency that runs it. Check that it is the agency you mean to contact.',
  'never-ask': 'Government agencies never ask for your password or OTP code by phone, text message or email.',
} satisfies Record<keyof typeof th, string>;

let instances = 0;

/**
 * The official-government banner at the very top of every page (DGA Digital Service
 * Standard draft 3.2.1.3, in the spirit of USWDS's "An official website of the United States
 * government"): one line that says the site is an official Thai government website and a
 * disclosure button that explains how to tell (a `.go.th` address, HTTPS and the padlock, the
 * agency's name). It needs no data. The collapsed bar has a fixed height per screen width and
 * language, which `gov-masthead.lightdom.css` reserves before upgrade, so nothing moves.
 *
 * @tagname gov-masthead
 * @summary The official-government banner with "Here's how you know".
 *
 * @slot - Fallback content shown before the element upgrades and without JavaScript (the banner text in a `<p>`). Not shown after upgrade.
 *
 * @csspart bar - The collapsed bar (flag, text and button).
 * @csspart button - The disclosure button ("วิธีสังเกต").
 * @csspart panel - The explanation shown when the button is pressed.
 *
 * @cssprop [--gov-masthead-background=#f0f0f0] - The bar's background.
 * @cssprop [--gov-page-width=60rem] - The width the bar's content lines up with (the page's content column).
 * @cssprop [--gov-masthead-gutter] - The bar's side padding; by default it lines up with a centred column of --gov-page-width.
 */
export class GovMasthead extends LitElement {
  static kitVersion = KIT_VERSION;
  static override styles = [baseStyles, mastheadStyles];

  static strings = { th, en };

  static override properties = {
    agency: { type: String },
    expanded: { type: Boolean, reflect: true },
    state: { type: String, reflect: true },
  };

  /** The agency's name, said in the explanation ("เว็บไซต์นี้เป็นของ…"). */
  declare agency: string;
  /** Whether the explanation is open. */
  declare expanded: boolean;
  /** Always `ready` once upgraded (it needs no data); reflected like every kit element's state. */
  declare state: 'ready';

  protected readonly l10n = new LocalizeController(this, () => GovMasthead.strings);
  private readonly panelId = `gov-masthead-panel-${++instances}`;

  constructor() {
    super();
    this.agency = '';
    this.expanded = false;
    this.state = 'ready';
  }

  /** Resolves once rendered: the masthead has no data to wait for. */
  whenSettled(): Promise<'ready'> {
    return this.updateComplete.then(() => this.state);
  }

  /** The reader's language: the nearest `lang` up the tree. */
  override get lang(): 'th' | 'en' {
    return this.l10n.lang;
  }
  override set lang(value: string) {
    this.setAttribute('lang', value);
  }

  toggle(): void {
    this.expanded = !this.expanded;
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.expanded) return;
    this.expanded = false;
    this.renderRoot.querySelector<HTMLButtonElement>('button')?.focus();
  };

  protected override render(): unknown {
    const t = (key: string, params?: Record<string, string>) => this.l10n.t(key, params);
    const agency = this.agency.trim();
    return html`<section aria-label=${t('official')} @keydown=${this.onKeydown}>
      <div class="bar" part="bar">
        <svg class="flag" viewBox="0 0 9 6" aria-hidden="true" focusable="false">
          <rect width="9" height="6" fill="#a51931" />
          <rect y="1" width="9" height="4" fill="#f4f5f8" />
          <rect y="2" width="9" height="2" fill="#2d2a4a" />
        </svg>
        <p class="text">${t('official')}</p>
        <button
          type="button"
          part="button"
          aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-controls=${this.panelId}
          @click=${() => this.toggle()}
        >
          ${t('how-you-know')}<span class="chevron" aria-hidden="true"></span>
        </button>
      </div>
      <div class="panel" part="panel" id=${this.panelId} ?hidden=${!this.expanded}>
        <div class="guide">
          <p><strong>${t('domain-title')}</strong><br />${t('domain-text')}</p>
        </div>
        <div class="guide">
          <p><strong>${t('https-title')}</strong><br />${t('https-text')}</p>
        </div>
        <div class="guide">
          <p>
            <strong>${t('agency-title')}</strong><br />${agency ? t('agency-text', { agency }) : t('agency-unknown')}
          </p>
          ${agency ? html`<p>${t('never-ask')}</p>` : nothing}
        </div>
      </div>
    </section>`;
  }
}
