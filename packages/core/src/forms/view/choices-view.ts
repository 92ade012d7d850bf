import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldInstance } from '../model/types.js';
import type { FormSession } from '../form-session.js';
import type { FormViewContext } from './context.js';
import { fieldParts, labelText } from './field-parts.js';

/** Radios or checkboxes in a fieldset, each choice with its own hint. */
export function renderChoices(
  instance: FieldInstance,
  session: FormSession,
  context: FormViewContext,
  value: unknown,
): TemplateResult {
  const { info, id } = instance;
  const { answering } = session;
  const parts = fieldParts(instance, session, context);
  const multiple = info.widget === 'checkboxes';
  const chosen = multiple ? (Array.isArray(value) ? value : []) : [value];
  return html`<fieldset class=${parts.classes} part="field" aria-describedby=${parts.describedBy}>
    <legend class="label">${labelText(instance, context)}</legend>
    ${parts.above}
    <div class="choices">
      ${info.options.map((option, index) => {
        const optionId = `${id}-${index}`;
        const toggle = (event: Event) => {
          if (!multiple) return answering.set(instance, option.value);
          const on = (event.target as HTMLInputElement).checked;
          const current = Array.isArray(session.value(instance.path))
            ? (session.value(instance.path) as unknown[])
            : [];
          answering.set(
            instance,
            on
              ? info.options.map((o) => o.value).filter((v) => v === option.value || current.includes(v))
              : current.filter((v) => v !== option.value),
          );
        };
        return html`<div class="choice">
          <input type=${multiple ? 'checkbox' : 'radio'} id=${optionId} name=${id} .checked=${live(chosen.includes(option.value))}
            aria-invalid=${parts.invalid} aria-describedby=${option.hint ? `${optionId}-hint` : nothing}
            @change=${toggle} @blur=${() => answering.leave(instance)} />
          <label for=${optionId}>${context.text(option.label)}</label>
          ${option.hint ? html`<p class="hint choice-hint" id=${`${optionId}-hint`}>${context.text(option.hint)}</p>` : nothing}
        </div>`;
      })}
    </div>
  </fieldset>`;
}
