import { html, nothing, type TemplateResult } from 'lit';
import type { FormSession } from '../form-session.js';
import { sectionHeading, type FormViewContext } from './context.js';
import { summaryText } from './words.js';

/** GOV.UK's error summary: takes focus; each link moves focus to its field in our own root. */
export function renderErrorSummary(session: FormSession, context: FormViewContext): TemplateResult | typeof nothing {
  if (!session.problems.summary) return nothing;
  const entries = session.problems.summaryEntries();
  if (entries.length === 0) return nothing;
  return html`<div class="error-summary" id="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
    ${sectionHeading(context.headingLevel + 1, context.t('form-error-summary-title'), 'error-summary-title')}
    <ul>
      ${entries.map((entry) =>
        entry.target
          ? html`<li>
              <a href=${`#${entry.target}`} @click=${(event: Event) => {
                event.preventDefault();
                session.focus.field(entry.target!);
              }}>${summaryText(entry, context)}</a>
            </li>`
          : html`<li>${summaryText(entry, context)}</li>`,
      )}
    </ul>
  </div>`;
}
