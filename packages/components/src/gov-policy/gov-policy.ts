import { html, nothing, type PropertyValues } from 'lit';
import { GovElement, heading, headingLevel, lazyImport, type DataSource, type LocalizedText } from '@govkit-th/core';
import type { PolicyBlock, PolicyData, PolicySection } from '@govkit-th/schemas';
import { policyStyles } from './gov-policy.styles.js';

/** The schema and its checks load in their own chunk, from the moment an element is made. */
const loadChecker = lazyImport(() => import('./check.js'));

const th = {
  title: 'นโยบาย',
  'template-title': 'แม่แบบ — ต้องผ่านการตรวจทางกฎหมายของหน่วยงาน',
  'template-text':
    'ข้อความในหน้านี้เป็นแม่แบบจาก GovKit TH ยังไม่ใช่นโยบายที่มีผลใช้บังคับ หน่วยงานต้องให้ฝ่ายกฎหมายและเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลตรวจและแก้ไขให้ตรงกับการดำเนินงานจริงก่อนประกาศใช้',
  contents: 'ในหน้านี้',
  empty: 'หน่วยงานยังไม่ได้ประกาศนโยบายนี้',
};

const en = {
  title: 'Policy',
  'template-title': 'Template — needs the agency’s legal review',
  'template-text':
    'This text is a GovKit TH template, not a policy in force. The agency’s legal team and data protection officer must check it and make it match what the agency really does before it is published.',
  contents: 'On this page',
  empty: 'The agency has not published this policy yet.',
} satisfies Record<keyof typeof th, string>;

const PLACEHOLDER = /\{([a-z][a-z0-9-]{0,31})\}/g;

/**
 * A policy page (website policy, privacy notice under the PDPA B.E. 2562, cookie policy,
 * security policy, disclaimer, accessibility statement — the Government Website Standard's
 * part "การประกาศนโยบาย") from data: the title, a contents list, sections of paragraphs and
 * lists, the date it was last updated, and a clear notice while the text is still the kit's
 * template (`"template": true`). `{agency}`-style placeholders are filled from `values`.
 *
 * @tagname gov-policy
 * @summary A policy page from data, marked as a template until the agency's legal review.
 *
 * @slot - Fallback content (for example the policy as plain HTML), shown before the element upgrades and when loading fails.
 *
 * @csspart heading - The policy's title.
 * @csspart template-notice - The "template — needs legal review" notice.
 * @cssprop [--gov-color-warning=#8a5a00] - The edge of the template notice.
 * @cssprop [--gov-color-warning-background=#fff7e0] - The template notice's background.
 * @csspart contents - The list of sections ("ในหน้านี้").
 * @csspart section - One section.
 * @csspart updated - The last-updated date.
 * @csspart status - The loading or empty status line.
 * @csspart error - The error message box.
 * @csspart retry-button - The retry button in the error state.
 * @csspart publication - The publication record.
 */
export class GovPolicy extends GovElement<PolicyData> {
  static override styles = [...GovElement.styles, policyStyles];

  static override strings = { th, en };

  protected dataSource(): DataSource<PolicyData> {
    loadChecker().catch(() => undefined); // early, beside the data's fetch; a failure is retried when the data is checked
    return {
      validate: async (data) => (await loadChecker()).checkPolicy(data, this.lang),
      isEmpty: (data) => data.sections.length === 0,
    };
  }

  protected override renderHeading(data: PolicyData | undefined): unknown {
    const title = this.fill(data?.title) || this.t('title');
    // A policy is usually the page itself: heading-level="1" makes its title the page's h1.
    return this.headingLevel === 1 ? html`<h1 part="heading">${title}</h1>` : heading(this.headingLevel, title);
  }

  protected renderReady(data: PolicyData): unknown {
    const ids = data.sections.map((section, index) => section.id ?? `section-${index + 1}`);
    return html`
      ${this.renderHeading(data)} ${data.template ? this.renderTemplateNotice() : nothing}
      ${data.summary ? html`<p class="summary">${this.fill(data.summary)}</p>` : nothing}
      ${data.updatedAt ? html`<p class="meta" part="updated">${this.t('updated-at')} ${this.date(data.updatedAt)}</p>` : nothing}
      ${data.sections.length > 3 ? this.renderContents(data.sections, ids) : nothing}
      ${data.sections.map((section, index) => this.renderSection(section, ids[index]))}
      ${this.publication(data.publication)}
    `;
  }

  private renderTemplateNotice() {
    return html`<div class="template-notice" part="template-notice" role="note">
      <p class="template-title">${this.t('template-title')}</p>
      <p>${this.t('template-text')}</p>
    </div>`;
  }

  private renderContents(sections: PolicySection[], ids: string[]) {
    return html`<nav class="contents" part="contents" aria-label=${this.t('contents')}>
      <p class="contents-title" aria-hidden="true">${this.t('contents')}</p>
      <ol>
        ${sections.map((section, index) => html`<li><a href="#${ids[index]}" @click=${this.onContentsClick}>${this.fill(section.heading)}</a></li>`)}
      </ol>
    </nav>`;
  }

  private renderSection(section: PolicySection, id: string) {
    const level = this.headingLevel === 1 ? 2 : headingLevel(this.headingLevel, 1);
    return html`<section part="section" aria-labelledby=${id}>
      ${heading(level, this.fill(section.heading), id, { part: '', focusable: true })}
      ${section.body.map((block) => this.renderBlock(block))}
    </section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('state') && this.state === 'ready') this.goTo(decodeURIComponent(location.hash.slice(1)));
  }

  /**
   * A fragment link cannot reach into a shadow root, so the contents list (and an address
   * ending in `#section-id`) scrolls to the section's heading and moves focus to it.
   */
  private readonly onContentsClick = (event: MouseEvent): void => {
    const anchor = event.currentTarget as HTMLAnchorElement;
    event.preventDefault();
    const id = anchor.getAttribute('href')!.slice(1);
    history.replaceState(history.state, '', `#${id}`);
    this.goTo(id);
  };

  private goTo(id: string): void {
    if (!id) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }

  private renderBlock(block: PolicyBlock) {
    if (typeof block === 'object' && 'list' in block) {
      return html`<ul>
        ${block.list.map((item) => html`<li>${this.fill(item)}</li>`)}
      </ul>`;
    }
    return html`<p>${this.fill(block)}</p>`;
  }

  /** Text in the reader's language with `{agency}`-style placeholders filled from `values`; unknown ones stay visible. */
  private fill(value: LocalizedText | undefined): string {
    const text = this.text(value);
    const values = this.data?.values as Record<string, LocalizedText> | undefined;
    if (!values || !text.includes('{')) return text;
    return text.replace(PLACEHOLDER, (whole, name: string) => (values[name] ? this.text(values[name]) : whole));
  }
}
