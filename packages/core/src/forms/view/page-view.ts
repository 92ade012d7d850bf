import { digitsIn } from '../../dates.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { FormSession } from '../form-session.js';
import { renderAnswers } from './answers-view.js';
import { sectionHeading, type FormViewContext } from './context.js';
import { renderErrorSummary } from './error-summary.js';
import { renderField } from './field-view.js';
import { renderGroup } from './group-view.js';
import { renderPrivacyNotice } from './privacy-view.js';
import { message } from './words.js';

function progress(session: FormSession, context: FormViewContext): TemplateResult | typeof nothing {
  const visible = session.evaluation().visiblePages;
  const total = visible.length + (session.checkAnswers ? 1 : 0);
  if (total <= 1) return nothing;
  const current = session.step === 'check' ? total : visible.indexOf(session.step as number) + 1;
  return html`<p class="progress" part="progress">
    ${context.t('form-step', { current: digitsIn(String(current), context.numerals), total: digitsIn(String(total), context.numerals) })}
  </p>`;
}

/** The questions of a page, or the check page's introduction and answers. */
function content(session: FormSession, context: FormViewContext): TemplateResult {
  const step = session.step;
  if (typeof step !== 'number')
    return html`<p>${context.t('form-check-intro')}</p>
            ${renderAnswers(session, context, true)}`;
  const { page } = session.model.pages[step];
  return html`${page.description ? html`<p class="page-description">${context.text(page.description)}</p>` : nothing}
          ${(session.evaluation().instances.get(step) ?? []).map((instance) =>
            instance.kind === 'group'
              ? renderGroup(instance, session, context)
              : renderField(instance, session, context),
          )}`;
}

/** Why sending failed, shown on the page that sends. */
function sendError(session: FormSession, context: FormViewContext): TemplateResult | typeof nothing {
  const error = session.submission.error;
  return error
    ? html`<div class="send-error" id="send-error" part="send-error" role="alert" tabindex="-1">
            <p class="error-title">${context.t('form-send-failed-title')}</p>
            <p>${message(error, context)}</p>
          </div>`
    : nothing;
}

/** A page of questions, or the check-your-answers page: back, error summary, title, content and the button that moves on or sends. */
export function renderStep(session: FormSession, context: FormViewContext): TemplateResult {
  const { step, definition, navigation, submission } = session;
  const check = step === 'check';
  const visible = session.evaluation().visiblePages;
  const page = check ? undefined : session.model.pages[step as number].page;
  const first = !check && visible[0] === step;
  const sends = check || (visible[visible.length - 1] === step && !session.checkAnswers);
  // A one-page form sent from its page needs no page heading: the form's title says it all.
  const single = first && sends;
  const title = page ? context.text(page.title) : context.t('form-check-title');
  const submit = (event: Event) => {
    event.preventDefault();
    navigation.continue();
  };
  return html`${first ? nothing : html`<button type="button" class="back" part="back" @click=${() => navigation.back()}>${context.t('form-back')}</button>`}
    ${renderErrorSummary(session, context)}
    <form novalidate part=${check ? 'check' : 'page'} @submit=${submit} aria-labelledby=${single ? nothing : 'page-title'} aria-label=${single ? title : nothing}>
      ${progress(session, context)}
      ${single ? nothing : sectionHeading(context.headingLevel + 1, title, 'page-title', true)}
      ${content(session, context)}
      ${
        // Told before sending, where the answers are collected (PDPA section 23), and again on the receipt.
        sends ? renderPrivacyNotice([definition.privacyNotice], context.headingLevel + 2, context) : nothing
      }
      ${sends && definition.declaration ? html`<p class="declaration">${context.text(definition.declaration)}</p>` : nothing}
      ${sends ? sendError(session, context) : nothing}
      ${check ? nothing : html`<p class="action-status" role="status" part="action-status">${message(session.status, context)}</p>`}
      <div class="actions">
        <button type="submit" part=${check ? 'submit' : 'continue'} ?disabled=${submission.sending}>
          ${sends ? context.text(definition.submitLabel) || context.t('form-submit') : context.t('form-continue')}
        </button>
      </div>
      ${sends ? html`<p class="send-status" role="status" part="send-status">${message(submission.status, context)}</p>` : nothing}
    </form>`;
}
