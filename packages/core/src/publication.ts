import { html, nothing, type TemplateResult } from 'lit';
import { publicationRows, type PublicationPerson, type PublicationRow } from './publication-rows.js';
import { link } from './templates.js';

import type { PublicationRecord } from '@govkit-th/schemas';

export type { PublicationRecord };

/** What the record needs from its element: words, dates and the URL links resolve against. */
export interface PublicationContext {
  t(key: string): string;
  date(value: string | undefined, withTime?: boolean): unknown;
  base(): string | undefined;
}

/**
 * One person of the order's steps (clause 3; clause 4's screener): the name, the position
 * in brackets and when, with the time when the record has one: "นายสมชาย รักษ์งาน
 * (หัวหน้าสำนักงานจังหวัด) เมื่อ 1 ธ.ค. 2569 เวลา 10.30 น." (core's `formatDate` with the time).
 */
function person({ name, position, at }: PublicationPerson, context: PublicationContext) {
  const when = context.date(at, true);
  return html`${name}${position ? html` (<span class="position">${position}</span>)` : nothing}${
    when === nothing ? nothing : html` ${context.t('publication-at')} ${when}`
  }`;
}

function rowValue(row: PublicationRow, context: PublicationContext): unknown {
  if (row.person) return person(row.person, context);
  if (row.date) return context.date(row.date);
  return row.url ? link(row.url, row.title, { base: context.base() }) : row.title;
}

/** The publication record as a description list; nothing when there is none. */
export function renderPublication(
  record: PublicationRecord | undefined,
  context: PublicationContext,
): TemplateResult | typeof nothing {
  const shown = publicationRows(record)
    .map((row) => [row.key, rowValue(row, context)] as const)
    .filter(([, value]) => value !== nothing);
  if (shown.length === 0) return nothing;
  return html`<dl class="meta publication" part="publication">
    ${shown.map(([key, value]) => html`<div><dt>${context.t(key)}</dt><dd>${value}</dd></div>`)}
  </dl>`;
}
