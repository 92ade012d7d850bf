import { digitsIn } from '../../dates.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { FormSession } from '../form-session.js';
import { sectionHeading, type FormViewContext } from './context.js';
import { renderPrivacyNotice } from './privacy-view.js';
import { dateTime } from './words.js';

/** The receipt after sending: its number and time, the form's message, print and "fill in again". */
export function renderReceipt(session: FormSession, context: FormViewContext): TemplateResult {
  const receipt = session.submission.receipt!;
  return html`<section class="receipt" part="receipt" aria-labelledby="receipt-title">
    ${sectionHeading(context.headingLevel + 1, context.t('form-receipt-title'), 'receipt-title', true)}
    <dl class="receipt-details">
      <div><dt>${context.t('form-receipt-number')}</dt><dd class="receipt-number">${digitsIn(receipt.receipt, context.numerals)}</dd></div>
      <div><dt>${context.t('form-receipt-time')}</dt><dd>${dateTime(receipt.receivedAt, context)}</dd></div>
    </dl>
    ${session.definition.receiptMessage ? html`<p>${context.text(session.definition.receiptMessage)}</p>` : nothing}
    <p>${context.t('form-receipt-keep')}</p>
    ${
      // The inbox's copy sent with the receipt if it is text, else the page's.
      renderPrivacyNotice([receipt.privacyNotice, session.definition.privacyNotice], context.headingLevel + 2, context)
    }
    <div class="actions">
      <button type="button" class="secondary" @click=${() => window.print()}>${context.t('form-print-receipt')}</button>
      <button type="button" class="secondary" @click=${() => void session.startAgain()}>${context.t('form-new')}</button>
    </div>
  </section>`;
}
