import { html, nothing, type TemplateResult } from 'lit';
import type { FormSession } from '../form-session.js';
import { renderAnswers } from './answers-view.js';
import { digits, type FormViewContext } from './context.js';
import { dateTime } from './words.js';

/** What paper shows: the agency, the form, every answer, the receipt if any, and the date. Hidden on screen. */
export function renderPrintView(session: FormSession, context: FormViewContext): TemplateResult {
  const now = new Date().toISOString();
  const receipt = session.submission.receipt;
  return html`<section class="print-view" part="print-view">
    ${context.agency ? html`<p class="print-agency">${context.agency}</p>` : nothing}
    <p class="print-title">${context.title}</p>
    ${
      receipt
        ? html`<p class="print-receipt">${context.t('form-receipt-number')} ${digits(receipt.receipt, context.numerals)} · ${context.t('form-receipt-time')}
          ${dateTime(receipt.receivedAt, context)}</p>`
        : nothing
    }
    ${renderAnswers(session, context, false)}
    <p class="print-date">${context.t('form-printed-on')} ${dateTime(now, context)}</p>
  </section>`;
}
