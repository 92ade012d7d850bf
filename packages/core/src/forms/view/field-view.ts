import { html, nothing, type TemplateResult } from 'lit';
import { formatBytes, formatDate } from '../../dates.js';
import type { FieldInstance } from '../model/types.js';
import type { FormSession } from '../form-session.js';
import { renderChoices } from './choices-view.js';
import type { FormViewContext } from './context.js';
import {
  checkboxControl,
  dateControl,
  fileControl,
  richTextPreview,
  selectControl,
  textControl,
  type ControlInput,
} from './controls.js';
import { fieldParts, labelText } from './field-parts.js';

/** One question: its label, then hint, link and error, then its control; a single checkbox has its label after the box. */
export function renderField(instance: FieldInstance, session: FormSession, context: FormViewContext): TemplateResult {
  const { widget } = instance.info;
  const id = instance.id;
  const value = session.value(instance.path);
  if (widget === 'radios' || widget === 'checkboxes') return renderChoices(instance, session, context, value);
  const file =
    widget === 'file' && value && typeof value === 'object' ? (value as { name?: string; size?: number }) : undefined;
  const date =
    widget === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? formatDate(value, context.lang, { numerals: context.numerals })
      : undefined;
  const noteId = `${id}-note`;
  const noted = widget === 'file' || widget === 'richtext';
  const chosenId = `${id}-chosen`;
  const input: ControlInput = {
    instance,
    session,
    context,
    value,
    parts: fieldParts(instance, session, context, [noted ? noteId : '', file || date ? chosenId : '']),
    set: (next) => session.answering.set(instance, next),
    leave: () => session.answering.leave(instance),
  };
  if (widget === 'checkbox') return checkboxControl(input, labelText(instance, context));

  let control: TemplateResult;
  let after: TemplateResult | typeof nothing = nothing;
  switch (widget) {
    case 'select':
      control = selectControl(input);
      break;
    case 'date':
      control = dateControl(input);
      if (date) after = html`<p class="hint date-chosen" id=${chosenId}>${context.t('form-date-chosen', { date })}</p>`;
      break;
    case 'file':
      control = fileControl(input, noteId);
      if (file)
        after = html`<p class="file-chosen" id=${chosenId}>${context.t('form-file-chosen', { name: file.name ?? '', size: formatBytes(Number(file.size ?? 0), context.lang, context.numerals) })}</p>`;
      break;
    case 'richtext':
      control = html`<p class="hint" id=${noteId}>${context.t('form-richtext-note')}</p>
        ${textControl(input)}`;
      after = richTextPreview(id, value, context);
      break;
    default:
      control = textControl(input);
  }
  return html`<div class=${input.parts.classes} part="field">
    <label class="label" for=${id} id="${id}-label">${labelText(instance, context)}</label>
    ${input.parts.above} ${control} ${after}
  </div>`;
}
