import type { PublicationRecord } from '@govkit-th/schemas';

/** One person of the order's steps (clause 3; clause 4's screener), with their position and when. */
export interface PublicationPerson {
  name: string;
  position?: string;
  at?: string;
}

/** One line of the publication record (its key names the words), before it is written as a template or as HTML text. */
export interface PublicationRow {
  key: string;
  /** A date line (`published-at`, `updated-at`). */
  date?: string;
  /** The source line: its title, and its address when it has one. */
  title?: string;
  url?: string;
  /** A person's line (reporter, approver, screener, uploader). */
  person?: PublicationPerson;
}

/**
 * The lines of a publication record, in the order they are shown; empty values left out.
 * Without lit, so the element's template and a server writing the same record as HTML
 * (`alertsHtml`) show the same lines.
 */
export function publicationRows(record: PublicationRecord | undefined): PublicationRow[] {
  if (!record) return [];
  const source = typeof record.source === 'string' ? { title: record.source, url: undefined } : record.source;
  const { publishedAt, updatedAt } = record;
  const person = (name?: string, position?: string, at?: string) => (name ? { name, position, at } : undefined);
  const rows: PublicationRow[] = [
    { key: 'published-at', date: publishedAt },
    // The desk writes both the same on a first publication: "last updated" would repeat the date,
    // and the uploader's line already carries the time of that upload.
    { key: 'updated-at', date: updatedAt !== publishedAt ? updatedAt : undefined },
    { key: 'publication-source', title: source?.title || source?.url, url: source?.url },
    { key: 'publication-reporter', person: person(record.reporter, record.reporterPosition, record.reportedAt) },
    { key: 'publication-approver', person: person(record.approver, record.approverPosition, record.approvedAt) },
    {
      key: 'publication-screened-by',
      person: person(record.screenedBy, record.screenerPosition, record.screenedAt),
    },
    // The desk writes the upload of the version shown as updatedAt (publishedAt stays the first one).
    { key: 'publication-uploader', person: person(record.uploader, record.uploaderPosition, updatedAt ?? publishedAt) },
  ];
  return rows.filter((row) => row.date || row.title || row.person);
}
