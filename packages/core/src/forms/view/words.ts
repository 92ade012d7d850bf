/** Messages, times, sizes and labels put into the reader's words. */
import { html, type TemplateResult } from 'lit';
import type { EformOption } from '@govkit-th/schemas';
import { digitsIn, formatDate, machineDate } from '../../dates.js';
import { interpolate } from '../../i18n.js';
import type { GroupInstance, Instance } from '../model/types.js';
import type { Message, SummaryEntry } from '../session/types.js';
import { itemOf, type FormViewContext } from './context.js';

function timeOfDay(iso: string, context: FormViewContext): string {
  const formatter = new Intl.DateTimeFormat(context.lang === 'th' ? 'th-TH-u-nu-latn' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  return digitsIn(formatter.format(new Date(iso)), context.numerals);
}

/** A date and time in a `<time>` element, in the reader's calendar and numerals. */
export function dateTime(iso: string, context: FormViewContext): TemplateResult | string {
  const shown = formatDate(iso, context.lang, { numerals: context.numerals, withTime: true });
  const machine = machineDate(iso);
  return shown && machine ? html`<time datetime=${machine}>${shown}</time>` : iso;
}

/** A session's message in words ("draft saved" gives only the time of day). */
export function message(entry: Message | undefined, context: FormViewContext): string {
  if (!entry) return '';
  const params = { ...entry.params };
  if (entry.time)
    params.time =
      entry.key === 'form-draft-saved'
        ? timeOfDay(entry.time, context)
        : (formatDate(entry.time, context.lang, { numerals: context.numerals, withTime: true }) ?? entry.time);
  return context.t(entry.key, params);
}

/** A problem in words: the field's own message if the definition gives one, else the general one. */
export function problemText(
  problem: SummaryEntry['problem'],
  instance: Instance | undefined,
  context: FormViewContext,
): string {
  const own = instance?.kind === 'field' ? instance.info.field.messages?.[problem.keyword] : undefined;
  if (own) return interpolate(context.text(own), { limit: problem.limit ?? '' });
  return problem.key ? context.t(problem.key) : problem.message;
}

/** In the error summary a general message needs the question it is about ("ชื่อและนามสกุล: ต้องระบุข้อมูลนี้"). */
export function summaryText(
  problem: SummaryEntry['problem'],
  instance: Instance | undefined,
  context: FormViewContext,
): string {
  const text = problemText(problem, instance, context);
  if (!instance || (instance.kind === 'field' && instance.info.field.messages?.[problem.keyword])) return text;
  return context.t('form-summary-item', { label: context.text(itemOf(instance).label), message: text });
}

export function optionLabel(options: EformOption[], value: unknown, context: FormViewContext): string {
  const option = options.find((candidate) => candidate.value === value);
  return option ? context.text(option.label) : String(value);
}

export const notAnswered = (context: FormViewContext) =>
  html`<span class="not-answered">${context.t('form-not-answered')}</span>`;

/** The heading of one item of a group: the definition's `itemLabel` or "รายการที่ {n}". */
export function itemTitle(group: GroupInstance, index: number, context: FormViewContext): string {
  const { itemLabel } = group.info.group;
  return itemLabel ? interpolate(context.text(itemLabel), { n: index + 1 }) : context.t('form-item', { n: index + 1 });
}
