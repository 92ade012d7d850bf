import { html, nothing, type TemplateResult } from 'lit';
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
function person(
  name: string | undefined,
  position: string | undefined,
  at: string | undefined,
  context: PublicationContext,
) {
  if (!name) return undefined;
  const when = context.date(at, true);
  return html`${name}${position ? html` (<span class="position">${position}</span>)` : nothing}${
    when === nothing ? nothing : html` ${context.t('publication-at')} ${when}`
  }`;
}

/** The publication record as a description list; nothing when there is none. */
export function renderPublication(
  record: PublicationRecord | undefined,
  context: PublicationContext,
): TemplateResult | typeof nothing {
  if (!record) return nothing;
  const source = typeof record.source === 'string' ? { title: record.source, url: undefined } : record.source;
  const { publishedAt, updatedAt } = record;
  // The desk writes both the same on a first publication: "last updated" would repeat the date,
  // and the uploader's line already carries the time of that upload.
  const rows: Array<[string, unknown]> = [
    ['published-at', context.date(publishedAt)],
    ['updated-at', context.date(updatedAt !== publishedAt ? updatedAt : undefined)],
    [
      'publication-source',
      source
        ? source.url
          ? link(source.url, source.title || source.url, { base: context.base() })
          : source.title
        : undefined,
    ],
    ['publication-reporter', person(record.reporter, record.reporterPosition, record.reportedAt, context)],
    ['publication-approver', person(record.approver, record.approverPosition, record.approvedAt, context)],
    ['publication-screened-by', person(record.screenedBy, record.screenerPosition, record.screenedAt, context)],
    // The desk writes the upload of the version shown as updatedAt (publishedAt stays the first one).
    ['publication-uploader', person(record.uploader, record.uploaderPosition, updatedAt ?? publishedAt, context)],
  ];
  const shown = rows.filter(([, value]) => value !== undefined && value !== '' && value !== nothing);
  if (shown.length === 0) return nothing;
  return html`<dl class="meta publication" part="publication">
    ${shown.map(([key, value]) => html`<div><dt>${context.t(key)}</dt><dd>${value}</dd></div>`)}
  </dl>`;
}
