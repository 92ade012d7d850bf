import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldInstance } from '../model/types.js';
import type { FormSession } from '../form-session.js';
import { sanitizeHtml } from '../../sanitize.js';
import { thaiFormatInput } from '../thai-formats.js';
import type { FormViewContext } from './context.js';
import type { FieldParts } from './field-parts.js';
import { fileChooser } from './file-chooser.js';

/** What a control needs: its field, the answer, the ids that describe it, and how to answer and leave. */
export interface ControlInput {
  instance: FieldInstance;
  session: FormSession;
  context: FormViewContext;
  value: unknown;
  parts: FieldParts;
  set(next: unknown): void;
  leave(): void;
}

const inputTypes: Record<string, string> = { email: 'email', tel: 'tel', url: 'url' };

/** A single checkbox, its label after the box. */
export function checkboxControl({ instance, value, parts, set, leave }: ControlInput, label: TemplateResult) {
  const { id } = instance;
  return html`<div class=${parts.classes} part="field">
      ${parts.above}
      <div class="choice">
        <input type="checkbox" id=${id} .checked=${live(value === true)} aria-describedby=${parts.describedBy}
          aria-invalid=${parts.invalid} @change=${(event: Event) => set((event.target as HTMLInputElement).checked || undefined)} @blur=${leave} />
        <label for=${id}>${label}</label>
      </div>
    </div>`;
}

export function selectControl({ instance, context, value, parts, set, leave }: ControlInput): TemplateResult {
  const { info, id } = instance;
  const selected = info.options.findIndex((option) => option.value === value);
  return html`<select id=${id} aria-describedby=${parts.describedBy} aria-invalid=${parts.invalid} autocomplete=${info.field.autocomplete ?? nothing}
        @change=${(event: Event) => {
          const index = Number((event.target as HTMLSelectElement).value);
          set(Number.isInteger(index) && index >= 0 ? info.options[index].value : undefined);
        }} @blur=${leave}>
        <option value="" ?selected=${selected < 0}>${context.t('form-choose')}</option>
        ${info.options.map((option, index) => html`<option value=${String(index)} ?selected=${index === selected}>${context.text(option.label)}</option>`)}
      </select>`;
}

/** A date input; a Buddhist-era year typed into it is converted when the person leaves it. */
export function dateControl({ instance, session, value, parts, set, leave }: ControlInput): TemplateResult {
  const { id } = instance;
  return html`<input type="date" id=${id} class="input-date" .value=${live(typeof value === 'string' ? value : '')}
        aria-describedby=${parts.describedBy} aria-invalid=${parts.invalid} autocomplete=${instance.info.field.autocomplete ?? nothing}
        @input=${(event: Event) => set((event.target as HTMLInputElement).value || undefined)}
        @change=${(event: Event) => session.answering.fixBuddhistYear(instance, (event.target as HTMLInputElement).value)} @blur=${leave} />`;
}

/** A file field records the file's name, size and type (the file itself is not sent). */
export function fileControl({ instance, context, parts, set, leave }: ControlInput, noteId: string): TemplateResult {
  return html`<p class="hint" id=${noteId}>${context.t('form-file-note')}</p>
        ${fileChooser(instance.id, context.t('form-file-choose'), {
          accept: instance.info.field.accept,
          describedBy: parts.describedBy,
          onBlur: leave,
          onChange: (input) => {
            const chosen = input.files?.[0];
            set(
              chosen
                ? { name: chosen.name, size: chosen.size, type: chosen.type || 'application/octet-stream' }
                : undefined,
            );
          },
        })}`;
}

/** A text box or text area, with the keyboard and autofill a Thai format or a number asks for. */
export function textControl({ instance, value, parts, set, leave }: ControlInput): TemplateResult {
  const { info, id } = instance;
  const { widget, field } = info;
  const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  const format = info.format ? thaiFormatInput(info.format) : undefined;
  const number = widget === 'number';
  const inputmode =
    field.inputmode ??
    format?.inputmode ??
    (number ? (info.schema.type === 'integer' ? 'numeric' : 'decimal') : widget === 'url' ? 'url' : undefined);
  const autocomplete = field.autocomplete ?? format?.autocomplete ?? inputTypes[widget];
  const onInput = (event: Event) => set((event.target as HTMLInputElement).value);
  return widget === 'textarea' || widget === 'richtext'
    ? html`<textarea id=${id} rows=${field.rows ?? (widget === 'richtext' ? 10 : 5)} spellcheck=${widget === 'richtext' ? 'false' : nothing} .value=${live(text)} aria-describedby=${parts.describedBy}
              aria-invalid=${parts.invalid} autocomplete=${autocomplete ?? nothing} @input=${onInput} @blur=${leave}></textarea>`
    : html`<input id=${id} type=${format?.type ?? inputTypes[widget] ?? 'text'} .value=${live(text)} class=${info.format || number ? 'input-short' : 'input'}
              inputmode=${inputmode ?? nothing} autocomplete=${autocomplete ?? nothing} spellcheck=${info.format || number || widget === 'email' || widget === 'url' ? 'false' : nothing}
              aria-describedby=${parts.describedBy} aria-invalid=${parts.invalid} @input=${onInput} @blur=${leave} />`;
}

/**
 * Under an HTML field: what the website will show, sanitised by the same sanitiser the
 * elements use (loaded with the form when it has such a field), never the raw markup.
 */
export function richTextPreview(id: string, value: unknown, context: FormViewContext): TemplateResult | typeof nothing {
  if (typeof value !== 'string' || value.trim() === '') return nothing;
  return html`<div class="richtext-preview" part="richtext-preview" role="group" aria-labelledby=${`${id}-preview`}>
    <p class="hint" id=${`${id}-preview`}>${context.t('form-richtext-preview')}</p>
    <div class="richtext-body">${sanitizeHtml(value)}</div>
  </div>`;
}
