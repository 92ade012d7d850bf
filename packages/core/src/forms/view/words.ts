/** Messages, times, sizes and labels put into the reader's words. */
import { html, type TemplateResult } from 'lit';
import type { EformOption } from '@govkit-th/schemas';
import { formatDate, formatTime, machineDate } from '../../dates.js';
import { interpolate } from '../../i18n.js';
import type { GroupInstance, Instance } from '../model/types.js';
import type { Message, SummaryEntry } from '../session/types.js';
import { itemOf, type FormViewContext } from './context.js';

/** A date and time as core's `formatDate` writes them: "2 ธ.ค. 2569 เวลา 16.30 น.", "2 Dec 2026, 4:30pm". */
export function whenText(iso: string, context: FormViewContext): string | undefined {
  return formatDate(iso, context.lang, { numerals: context.numerals, withTime: true });
}

/** A date and time in a `<time>` element, in the reader's calendar and numerals. */
export function dateTime(iso: string, context: FormViewContext): TemplateResult | string {
  const shown = whenText(iso, context);
  const machine = machineDate(iso);
  return shown && machine ? html`<time datetime=${machine}>${shown}</time>` : iso;
}

/** A session's message in words ("draft saved" gives only the time of day). */
export function message(entry: Message | undefined, context: FormViewContext): string {
  if (!entry) return '';
  const params = { ...entry.params };
  if (entry.time)
    params.time =
      (entry.key === 'form-draft-saved'
        ? formatTime(entry.time, context.lang, context.numerals)
        : whenText(entry.time, context)) ?? entry.time;
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

/**
 * The one wording of an error summary entry: a general message with the question it is
 * about ("ชื่อและนามสกุล: ต้องระบุข้อมูลนี้"), a field's own message as it is; inside a
 * repeatable group, led by the item ("เอกสารรายการที่ 2: ชื่อเอกสาร – ต้องระบุข้อมูลนี้").
 */
export function summaryText(entry: SummaryEntry, context: FormViewContext): string {
  const { problem, instance, item } = entry;
  const text = problemText(problem, instance, context);
  const own = instance?.kind === 'field' && Boolean(instance.info.field.messages?.[problem.keyword]);
  if (!instance) return text;
  const label = context.text(itemOf(instance).label);
  if (item) {
    const title = itemTitle(item.group, item.index, context);
    return own
      ? context.t('form-summary-own-in-item', { item: title, message: text })
      : context.t('form-summary-in-item', { item: title, label, message: text });
  }
  return own ? text : context.t('form-summary-item', { label, message: text });
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
