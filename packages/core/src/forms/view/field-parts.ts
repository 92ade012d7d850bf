import { html, nothing, type TemplateResult } from 'lit';
import { link } from '../../templates.js';
import type { FieldInstance, Instance } from '../model/types.js';
import type { FormSession } from '../form-session.js';
import { itemOf, type FormViewContext } from './context.js';
import { problemText } from './words.js';

export interface FieldParts {
  /** `field` or `group`, with `field-error` while an error shows. */
  classes: string;
  describedBy: string | typeof nothing;
  invalid: 'true' | typeof nothing;
  above: TemplateResult;
}

/** The hint, link and error message every field (and group) shows above its control, and the ids that describe it. */
export function fieldParts(
  instance: Instance,
  session: FormSession,
  context: FormViewContext,
  extra: string[] = [],
): FieldParts {
  const { hint } = itemOf(instance);
  const fieldLink = instance.kind === 'field' ? instance.info.field.link : undefined;
  const problem = session.problems.visible(instance);
  const hintId = hint ? `${instance.id}-hint` : undefined;
  const errorId = problem ? `${instance.id}-error` : undefined;
  const describedBy = [hintId, ...extra, errorId].filter(Boolean).join(' ');
  const above = html`${hint ? html`<p class="hint" id=${hintId!}>${context.text(hint)}</p>` : nothing}
    ${fieldLink ? html`<p class="hint field-link">${link(fieldLink.href, context.text(fieldLink.label), { base: context.base })}</p>` : nothing}
    ${
      problem
        ? html`<p class="error-message" id=${errorId!} part="error-message">
          <span class="visually-hidden">${context.t('form-error-prefix')}</span> ${problemText(problem, instance, context)}
        </p>`
        : nothing
    }`;
  return {
    classes: `${instance.kind}${problem ? ' field-error' : ''}`,
    describedBy: describedBy || nothing,
    invalid: problem ? 'true' : nothing,
    above,
  };
}

/** "(ไม่บังคับ)" → "ไม่บังคับ": the word a label or hint may already say. */
const optionalWord = (context: FormViewContext) =>
  context
    .t('form-optional')
    .replace(/[()（）[\]]/g, '')
    .trim()
    .toLowerCase();

/**
 * A field's label, with "(optional)" when it may be left blank: once, so not when the
 * label or the hint already says it ("ไม่บังคับ การขอตามมาตรา 11 …").
 */
export function labelText(instance: FieldInstance, context: FormViewContext): TemplateResult {
  const { field } = instance.info;
  const label = context.text(field.label);
  const said = `${label} ${context.text(field.hint)}`.toLowerCase().includes(optionalWord(context));
  const optional = !instance.info.required && instance.info.widget !== 'checkbox' && !said;
  return html`${label}${optional ? html` <span class="optional">${context.t('form-optional')}</span>` : nothing}`;
}
