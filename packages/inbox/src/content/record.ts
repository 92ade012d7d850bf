import type { ContentItem, StepRecord } from '../store/types.js';
import { contentType, type Entry } from './types.js';

/**
 * The document or entry as it is published: the approved draft with the publication record
 * the system writes from the steps (clause 3: reporter, approver, uploader with their
 * positions and times; the source; clause 4: who screened an urgent item). Nothing in it
 * was typed by a person: a record sent with the draft was stripped when it was saved.
 */
export function publishedVersion(item: ContentItem, uploaded: StepRecord, source: string): Entry {
  const firstPublishedAt = item.firstPublishedAt ?? uploaded.at;
  const publication: Entry = {
    ...person('reporter', item.reported),
    ...(item.reported ? { reportedAt: item.reported.at } : {}),
    ...person('approver', item.approved),
    ...(item.approved ? { approvedAt: item.approved.at } : {}),
    ...person('uploader', uploaded),
    publishedAt: firstPublishedAt,
    updatedAt: uploaded.at,
    source,
    ...(item.screened
      ? {
          screenedBy: item.screened.name,
          ...(item.screened.position ? { screenerPosition: item.screened.position } : {}),
          screenedAt: item.screened.at,
        }
      : {}),
  };
  const version: Entry =
    contentType(item.type)?.publication === false ? { ...item.draft } : { ...item.draft, publication };
  if (item.type === 'alerts' && item.screened) {
    // gov-alert shows the screening record and refuses a notice issued before it was screened.
    version.screening = { by: screenerKind(item.screened.position), name: item.screened.name, at: item.screened.at };
    if (!(Date.parse(String(version.issuedAt)) >= Date.parse(item.screened.at))) version.issuedAt = item.screened.at;
  }
  return version;
}

function person(role: 'reporter' | 'approver' | 'uploader', step: StepRecord | undefined): Entry {
  if (!step) return {};
  return { [role]: step.name, ...(step.position ? { [`${role}Position`]: step.position } : {}) };
}

/** The alerts schema names who screens: the Governor, or otherwise the province CIO. */
function screenerKind(position: string | undefined): 'governor' | 'province-cio' {
  return /ผู้ว่าราชการ|governor/i.test(position ?? '') ? 'governor' : 'province-cio';
}

/**
 * What a person sends is a draft: publication records (the document's and its entries')
 * and an alert's screening are the system's to write, so they are taken out before the
 * draft is checked and stored.
 */
export function stripSystemFields(typeName: string, data: Entry): Entry {
  const clean: Entry = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === 'publication' || (typeName === 'alerts' && key === 'screening')) continue;
    clean[key] = Array.isArray(value) ? value.map((element) => withoutPublication(element)) : value;
  }
  return clean;
}

function withoutPublication(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const { publication: _publication, ...rest } = value as Entry;
  return rest;
}
