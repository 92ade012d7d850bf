import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FormSession } from '../form-session.js';
import { sectionHeading, type FormViewContext } from './context.js';
import { fileChooser } from './file-chooser.js';
import { message } from './words.js';

/** Saving the answers to a file, opening one, and printing. */
function renderFileTools(session: FormSession, context: FormViewContext): TemplateResult {
  const { file } = session;
  return html`<div class="tool-buttons">
      <button type="button" class="secondary" part="save-file" @click=${() => file.save()}>${context.t('form-save-file')}</button>
      <button type="button" class="secondary" part="print" @click=${() => window.print()}>${context.t('form-print')}</button>
    </div>
    <div class="field">
      <label class="label" for="open-file" id="open-file-label">${context.t('form-open-file')}</label>
      <p class="hint" id="open-file-hint">${context.t('form-open-file-hint')}</p>
      ${fileChooser('open-file', context.t('form-file-choose'), {
        accept: '.json,application/json',
        describedBy: 'open-file-hint file-status',
        onChange: (input) => {
          const chosen = input.files?.[0];
          if (chosen) void file.open(chosen).then(() => (input.value = ''));
        },
      })}
      <p class=${file.status?.error ? 'file-status error-message' : 'file-status'} id="file-status" role="status" part="file-status">
        ${message(file.status, context)}
      </p>
    </div>`;
}

/** Keeping, saving, opening and printing answers. */
export function renderTools(session: FormSession, context: FormViewContext): TemplateResult {
  const { drafts } = session;
  return html`<section class="tools" part="tools" aria-labelledby="tools-title">
    ${sectionHeading(context.headingLevel + 1, context.t(context.tools === 'keep' ? 'form-tools-keep' : 'form-tools'), 'tools-title')}
    <p class="draft-status" role="status" part="draft-status">${message(drafts.status, context)}</p>
    <div class="choice">
      <input type="checkbox" id="keep-off" .checked=${live(!drafts.keep)} aria-describedby="keep-off-hint"
        @change=${(event: Event) => void drafts.setKeep(!(event.target as HTMLInputElement).checked)} />
      <label for="keep-off">${context.t('form-keep-off')}</label>
    </div>
    <p class="hint" id="keep-off-hint">${context.t('form-keep-off-hint')}</p>
    ${context.tools === 'keep' ? nothing : renderFileTools(session, context)}
  </section>`;
}
