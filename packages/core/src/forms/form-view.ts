import { html, nothing, type TemplateResult } from 'lit';
import type { FormSession } from './form-session.js';
import type { FormViewContext } from './view/context.js';
import { renderStep } from './view/page-view.js';
import { renderPrintView } from './view/print-view.js';
import { renderReceipt } from './view/receipt-view.js';
import { renderTools } from './view/tools-view.js';
import { message } from './view/words.js';

export type { FormViewContext } from './view/context.js';

/** The notice that answers kept on this device were brought back, with "start again". */
function restoredNotice(session: FormSession, context: FormViewContext): TemplateResult | typeof nothing {
  const restoredAt = session.drafts.restoredAt;
  if (!restoredAt || session.step === 'receipt') return nothing;
  return html`<div class="notice" part="notice">
            <p>${message({ key: 'form-draft-restored', time: restoredAt }, context)}</p>
            <button type="button" class="secondary small" @click=${() => void session.startAgain()}>${context.t('form-start-again')}</button>
          </div>`;
}

/**
 * The whole form for a session: the restored-draft notice, the current page (or the check
 * page, or the receipt), the tools, and the print view. Elements put their own heading above.
 * Each part lives in its own module under `view/`.
 */
export function renderForm(session: FormSession, context: FormViewContext): TemplateResult {
  const receipt = session.step === 'receipt';
  const body = receipt ? renderReceipt(session, context) : renderStep(session, context);
  return html`<div class="form-screen">
      ${restoredNotice(session, context)}
      ${body} ${receipt ? nothing : renderTools(session, context)}
    </div>
    ${renderPrintView(session, context)}`;
}
