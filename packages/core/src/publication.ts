import { html, nothing, type TemplateResult } from 'lit';
import { link } from './templates.js';

import type { PublicationRecord } from '@govkit-th/schemas';

export type { PublicationRecord };

export interface PublicationContext {
  t(key: string): string;
  date(value: string | undefined): unknown;
  base?: string;
}

/** The publication record as a description list; nothing when there is none. */
export function renderPublication(
  record: PublicationRecord | undefined,
  context: PublicationContext,
): TemplateResult | typeof nothing {
  if (!record) return nothing;
  const source = typeof record.source === 'string' ? { title: record.source, url: undefined } : record.source;
  const rows: Array<[string, unknown]> = [
    ['published-at', record.publishedAt ? context.date(record.publishedAt) : undefined],
    ['updated-at', record.updatedAt ? context.date(record.updatedAt) : undefined],
    [
      'publication-source',
      source
        ? source.url
          ? link(source.url, source.title || source.url, { base: context.base })
          : source.title
        : undefined,
    ],
    ['publication-reporter', record.reporter],
    ['publication-approver', record.approver],
    ['publication-screened-by', record.screenedBy],
  ];
  const shown = rows.filter(([, value]) => value !== undefined && value !== '' && value !== nothing);
  if (shown.length === 0) return nothing;
  return html`<dl class="meta publication" part="publication">
    ${shown.map(([key, value]) => html`<div><dt>${context.t(key)}</dt><dd>${value}</dd></div>`)}
  </dl>`;
}
