import { html, nothing, type TemplateResult } from 'lit';
import type { GroupInstance } from '../model/types.js';
import type { FormSession } from '../form-session.js';
import type { FormViewContext } from './context.js';
import { fieldParts } from './field-parts.js';
import { renderField } from './field-view.js';
import { itemTitle } from './words.js';

/** A repeatable group: each item in its own fieldset with a remove button, then "add another". */
export function renderGroup(instance: GroupInstance, session: FormSession, context: FormViewContext): TemplateResult {
  const { info, id } = instance;
  const { answering } = session;
  const parts = fieldParts(instance, session, context);
  const count = instance.items.length;
  return html`<fieldset class=${parts.classes} part="group" aria-describedby=${parts.describedBy}>
    <legend class="label">${context.text(info.group.label)}</legend>
    ${parts.above}
    ${count === 0 ? html`<p class="hint">${context.t('form-no-items')}</p>` : nothing}
    ${instance.items.map(
      (fields, index) => html`<fieldset class="group-item" part="group-item">
        <legend>${itemTitle(instance, index, context)}</legend>
        ${fields.map((field) =>
          field.kind === 'group' ? renderGroup(field, session, context) : renderField(field, session, context),
        )}
        ${
          count > info.minItems
            ? html`<button type="button" class="secondary small" @click=${() => answering.removeItem(instance, index)}>
              ${context.t('form-remove-item', { n: index + 1 })}
            </button>`
            : nothing
        }
      </fieldset>`,
    )}
    ${
      count < info.maxItems
        ? html`<button type="button" class="secondary" id=${`${id}-add`} @click=${() => answering.addItem(instance)}>${context.t('form-add-another')}</button>`
        : nothing
    }
  </fieldset>`;
}
