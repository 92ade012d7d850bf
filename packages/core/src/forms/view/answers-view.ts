import { html, nothing, type TemplateResult } from 'lit';
import { formatBytes, formatDate, formatNumber } from '../../dates.js';
import { sentValue } from '../model/field-info.js';
import type { FieldInstance, GroupInstance, Instance } from '../model/types.js';
import type { FormSession } from '../form-session.js';
import { focusId } from '../session/focus.js';
import { itemOf, sectionHeading, type FormViewContext } from './context.js';
import { itemTitle, notAnswered, optionLabel } from './words.js';

/**
 * Amounts are grouped by thousands ("3,000"); a year is not ("2567"): a whole number the
 * schema keeps within four digits from 1000 up.
 */
function yearLike(schema: Record<string, unknown>): boolean {
  const { minimum, maximum } = schema;
  return typeof minimum === 'number' && typeof maximum === 'number' && minimum >= 1000 && maximum <= 9999;
}

/** An answer as the check page and the print view show it. */
function answerText(instance: FieldInstance, session: FormSession, context: FormViewContext): unknown {
  const { info } = instance;
  const value = session.value(instance.path);
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
    return notAnswered(context);
  switch (info.widget) {
    case 'select':
    case 'radios':
      return optionLabel(info.options, value, context);
    case 'checkboxes':
      return Array.isArray(value)
        ? html`<ul class="answer-list">${value.map((item) => html`<li>${optionLabel(info.options, item, context)}</li>`)}</ul>`
        : String(value);
    case 'checkbox':
      return value === true ? context.t('form-checked') : notAnswered(context);
    case 'date':
      return formatDate(String(value), context.lang, { numerals: context.numerals }) ?? String(value);
    case 'file': {
      const file = value as { name?: string; size?: number };
      return `${file.name ?? ''} (${formatBytes(Number(file.size ?? 0), context.lang, context.numerals)})`;
    }
    case 'number': {
      const number = sentValue(info, value);
      return typeof number === 'number'
        ? formatNumber(number, context.lang, context.numerals, { useGrouping: !yearLike(info.schema) })
        : String(value);
    }
    default:
      return String(value);
  }
}

/** Whether a field, or any field of a nested group's items, holds an answer that is sent. */
function isAnswered(instance: Instance, session: FormSession): boolean {
  return instance.kind === 'group'
    ? instance.items.some((fields) => fields.some((field) => isAnswered(field, session)))
    : sentValue(instance.info, session.value(instance.path)) !== undefined;
}

/** A group's answer: the items that hold an answer (blank ones are not sent), each with its fields. */
function groupAnswer(group: GroupInstance, session: FormSession, context: FormViewContext): TemplateResult {
  const answered = group.items
    .map((fields, index) => ({ fields, index }))
    .filter(({ fields }) => fields.some((field) => isAnswered(field, session)));
  return answered.length === 0
    ? notAnswered(context)
    : html`<ol class="answer-items">
          ${answered.map(
            ({ fields, index }) => html`<li>
              <span class="item-title">${itemTitle(group, index, context)}</span>
              <ul class="answer-list">
                ${fields.map(
                  (field) =>
                    html`<li>${context.text(itemOf(field).label)}: ${field.kind === 'group' ? groupAnswer(field, session, context) : answerText(field, session, context)}</li>`,
                )}
              </ul>
            </li>`,
          )}
        </ol>`;
}

/** "Change" beside an answer on the check page: back to its page, focus on the field. */
function changeLink(instance: Instance, label: string, session: FormSession, context: FormViewContext) {
  return html`<dd class="change">
          <a href=${`#${focusId(instance)}`} @click=${(event: Event) => {
            event.preventDefault();
            session.navigation.change(instance);
          }}>${context.t('form-change')}<span class="visually-hidden"> ${label}</span></a>
        </dd>`;
}

/** The answers of every visible page: the check page (with "change" links) and the print view. */
export function renderAnswers(session: FormSession, context: FormViewContext, withChange: boolean): TemplateResult {
  const evaluation = session.evaluation();
  return html`${evaluation.visiblePages.map((pageIndex) => {
    const page = session.model.pages[pageIndex].page;
    const id = withChange ? `answers-${page.id}` : undefined;
    return html`<section class="answers-page" aria-labelledby=${id ?? nothing}>
      ${sectionHeading(context.headingLevel + 2, context.text(page.title), id)}
      <dl class="answers" part="answers">
        ${(evaluation.instances.get(pageIndex) ?? []).map((instance) => {
          const label = context.text(itemOf(instance).label);
          const field = instance.kind === 'field';
          return html`<div class="answer-row">
            <dt>${label}</dt>
            <dd class=${field ? 'value' : nothing}>${field ? answerText(instance, session, context) : groupAnswer(instance, session, context)}</dd>
            ${withChange ? changeLink(instance, label, session, context) : nothing}
          </div>`;
        })}
      </dl>
    </section>`;
  })}`;
}
