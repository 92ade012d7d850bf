import type { LocalizedText } from '@govkit-th/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import { sectionHeading, type FormViewContext } from './context.js';

/**
 * The form's privacy notice (PDPA section 23: told where the data is collected, and again on
 * the receipt): the first of `copies` that is text in the page's language; plain text, a
 * paragraph for each block between blank lines. Nothing when there is none.
 */
export function renderPrivacyNotice(
  copies: (LocalizedText | undefined)[],
  level: number,
  context: FormViewContext,
): TemplateResult | typeof nothing {
  const notice = copies.map((value) => context.text(value)).find((text) => typeof text === 'string' && text);
  return notice
    ? html`<section class="privacy-notice" part="privacy-notice" aria-labelledby="privacy-title">
        ${sectionHeading(level, context.t('form-privacy-title'), 'privacy-title')}
        ${notice.split(/\n\s*\n/).map((paragraph) => html`<p>${paragraph}</p>`)}
      </section>`
    : nothing;
}
