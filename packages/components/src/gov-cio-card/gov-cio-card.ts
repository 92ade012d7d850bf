import { html, nothing, svg, type PropertyValues } from 'lit';
import {
  GovElement,
  heading,
  link,
  localize,
  renderPublication,
  safeUrl,
  setJsonLd,
  telHref,
  toThaiDigits,
  type DataSource,
} from '@govkit-th/core';
import { cioSchema, validate, loadValidator, type CioData } from '@govkit-th/schemas';
import { cioStyles } from './gov-cio-card.styles.js';

/** A neutral head-and-shoulders outline for when no photo is published: it says nothing, so screen readers skip it. */
const silhouette = svg`<circle cx="40" cy="36" r="18"></circle><path d="M8 100c0-22 14-36 32-36s32 14 32 36z"></path>`;

/**
 * The agency's Chief Information Officer (order 1.1(3)): who they are, how to reach them
 * (a `tel:` link in E.164 and a `mailto:` link), their IT-management duties, the agency's
 * IT policy and the publication record, with schema.org `Person` JSON-LD.
 *
 * "Empty" means no name has been announced yet: the card then says so, and still links
 * the IT policy when there is one.
 *
 * @tagname gov-cio-card
 * @summary The agency's Chief Information Officer: name, photo, contact, duties, IT policy.
 *
 * @slot - Fallback content (for example the same details as plain HTML), shown before the element upgrades and when loading fails.
 *
 * @csspart heading - The card's heading ("ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO)").
 * @csspart card - The photo and details together.
 * @csspart photo - The portrait, or the placeholder silhouette.
 * @csspart name - The person's name.
 * @csspart contact - The phone and email (`address`).
 * @csspart responsibilities - The list of IT-management duties.
 * @csspart policy - The link to the IT policy.
 * @csspart status - The loading or empty status line.
 * @csspart error - The error message box.
 * @csspart retry-button - The retry button in the error state.
 * @csspart publication - The publication record.
 *
 * @cssprop [--gov-cio-photo-width=8rem] - Width of the portrait (its height follows at 4:5).
 *
 * @fires gov-load - The data is ready; `detail` is the data.
 * @fires gov-error - Loading or validation failed; `detail.error` says why.
 */
export class GovCioCard extends GovElement<CioData> {
  static override styles = [...GovElement.styles, cioStyles];

  static override strings = {
    th: {
      title: 'ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO)',
      empty: 'ยังไม่ได้ประกาศรายชื่อผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO) ของหน่วยงาน',
      'photo-alt': 'ภาพถ่ายของ{name}',
      phone: 'โทรศัพท์',
      email: 'อีเมล',
      responsibilities: 'หน้าที่ด้านการบริหารงานเทคโนโลยีสารสนเทศ',
      policy: 'นโยบายด้านเทคโนโลยีสารสนเทศของหน่วยงาน',
    },
    en: {
      title: 'Chief Information Officer (CIO)',
      empty: 'The agency has not yet announced its Chief Information Officer (CIO).',
      'photo-alt': 'Photo of {name}',
      phone: 'Telephone',
      email: 'Email',
      responsibilities: 'Information technology management duties',
      policy: 'The agency’s information technology policy',
    },
  };

  /** The portrait could not be loaded: the silhouette takes its place. */
  private photoFailed = false;

  protected dataSource(): DataSource<CioData> {
    void loadValidator();
    return {
      validate: (data) => validate(cioSchema, data, this.lang),
      isEmpty: (data) => localize(data.name, this.lang).trim() === '',
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('state')) this.photoFailed = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    setJsonLd(this, this.state === 'ready' ? this.jsonLd(this.data!) : undefined);
  }

  protected renderReady(data: CioData): unknown {
    const name = this.text(data.name);
    const level = this.headingLevel;
    const responsibilities = (data.responsibilities ?? []).map((duty) => this.text(duty));
    return html`${heading(level, this.text(data.title) || this.t('title'))}
      <div class="card" part="card">
        ${this.renderPhoto(data, name)}
        <div class="details">
          <p class="name" part="name">${name}</p>
          ${data.position ? html`<p>${this.text(data.position)}</p>` : nothing}
          ${data.agency ? html`<p>${this.text(data.agency)}</p>` : nothing}
          ${
            data.phone || data.email
              ? html`<address part="contact">
                <dl>
                  ${data.phone ? html`<div><dt>${this.t('phone')}</dt><dd>${link(telHref(data.phone), this.phoneText(data.phone))}</dd></div>` : nothing}
                  ${data.email ? html`<div><dt>${this.t('email')}</dt><dd>${link(`mailto:${data.email}`, data.email)}</dd></div>` : nothing}
                </dl>
              </address>`
              : nothing
          }
        </div>
      </div>
      ${
        responsibilities.length
          ? html`<div class="duties">
            ${heading(level + 1, this.t('responsibilities'))}
            <ul part="responsibilities">
              ${responsibilities.map((duty) => html`<li>${duty}</li>`)}
            </ul>
          </div>`
          : nothing
      }
      ${this.renderPolicy(data)} ${renderPublication(data.publication, this.publicationContext())}`;
  }

  protected override renderEmpty(data: CioData): unknown {
    return html`${heading(this.headingLevel, this.text(data.title) || this.t('title'))}
      <p class="status" role="status" part="status empty">${this.t('empty')}</p>
      ${this.renderPolicy(data)} ${renderPublication(data.publication, this.publicationContext())}`;
  }

  private renderPhoto(data: CioData, name: string) {
    const src = safeUrl(data.photo?.src, this.dataController.baseUrl);
    if (src?.startsWith('http') && !this.photoFailed) {
      const alt = this.text(data.photo!.alt) || this.t('photo-alt', { name });
      return html`<img part="photo" src=${src} alt=${alt} width="160" height="200" loading="lazy" decoding="async" @error=${this.onPhotoError} />`;
    }
    return html`<svg part="photo" class="placeholder" viewBox="0 0 80 100" aria-hidden="true" focusable="false">${silhouette}</svg>`;
  }

  private readonly onPhotoError = () => {
    this.photoFailed = true;
    this.requestUpdate();
  };

  private renderPolicy(data: CioData) {
    const policy = data.itPolicy;
    return policy
      ? html`<p class="policy">${link(policy.href, this.text(policy.title) || this.t('policy'), { base: this.dataController.baseUrl, part: 'policy' })}</p>`
      : nothing;
  }

  /** The number as written, with "ต่อ" read as "ext." in English and Thai digits when asked. */
  private phoneText(phone: string): string {
    const text = this.lang === 'en' ? phone.replace('ต่อ', 'ext.') : phone;
    return this.numerals === 'thai' ? toThaiDigits(text) : text;
  }

  private publicationContext() {
    return {
      t: (key: string) => this.t(key),
      date: (value: string | undefined) => this.date(value),
      base: this.dataController.baseUrl,
    };
  }

  private jsonLd(data: CioData): object {
    const lang = this.lang;
    const position = localize(data.position, lang);
    const photo = safeUrl(data.photo?.src, this.dataController.baseUrl);
    return {
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: localize(data.name, lang),
      jobTitle: position ? [position, this.t('title')] : this.t('title'),
      ...(data.agency ? { worksFor: { '@type': 'GovernmentOrganization', name: localize(data.agency, lang) } } : {}),
      ...(data.phone ? { telephone: telHref(data.phone)?.slice(4) } : {}),
      ...(data.email ? { email: data.email } : {}),
      ...(photo?.startsWith('http') ? { image: photo } : {}),
    };
  }
}
