import { SCHEMA_BASE, schemaFileName, validate } from '@govkit-th/schemas';
import type { Logger } from '../log.js';
import type { Store } from '../store/index.js';
import { CONTENT_TYPES, DOCUMENT_ID, type ContentType, type Entry } from './types.js';

/**
 * A type's published document, put together from published versions only: for a list
 * type, its envelope (title, language: kept from the imported file, or the type's
 * default title) with every published entry in the type's order; for a whole-document
 * type, its published document. Undefined when a whole document was never published.
 */
export async function publishedDocument(store: Store, type: ContentType, id = DOCUMENT_ID): Promise<Entry | undefined> {
  const rows = await store.publishedContent(type.name);
  if (type.list) {
    const entries = rows.map((row) => JSON.parse(row.data) as Entry);
    if (type.order) entries.sort((a, b) => type.order!(a, b) || String(a.id).localeCompare(String(b.id)));
    const properties = (type.schema as { properties?: object }).properties ?? {};
    const envelope = (await store.contentEnvelope(type.name)) ?? ('title' in properties ? { title: type.title } : {});
    // Only a page whose schema has its own record gets one (alerts.json has none).
    const publication = 'publication' in properties ? (pageRecord(entries) ?? envelope.publication) : undefined;
    return {
      $schema: `${SCHEMA_BASE}${schemaFileName(type.schema)}`,
      ...envelope,
      ...(publication ? { publication } : {}),
      [type.list]: entries,
    };
  }
  const row = rows.find((candidate) => candidate.id === id);
  return row ? (JSON.parse(row.data) as Entry) : undefined;
}

/**
 * A list page's own record (order clause 3: written by the system from the steps, never
 * typed): the record of the entry the desk published last. Undefined while every entry is
 * imported; the page then keeps the record its imported file had, marked imported.
 */
function pageRecord(entries: Entry[]): Entry | undefined {
  let newest: Entry | undefined;
  for (const entry of entries) {
    const record = entry.publication as Entry | undefined;
    if (!record || record.imported) continue;
    if (!newest || String(record.updatedAt) > String(newest.updatedAt)) newest = record;
  }
  return newest;
}

/** The ids of a keyed type's published documents (e-form definitions). */
export async function publishedIds(store: Store, type: ContentType): Promise<string[]> {
  return (await store.publishedContent(type.name)).map((row) => row.id).sort();
}

/**
 * Checks a document about to be served against its schema. Each entry was checked when it
 * was saved; this catches what only the whole shows (two entries with one id). A problem
 * is logged, not hidden: the published content is still served.
 */
export async function checkServed(type: ContentType, document: Entry, logger: Logger): Promise<boolean> {
  const problems = await validate(type.schema, document, 'en');
  if (problems.length) {
    logger.error('published content does not validate', {
      type: type.name,
      path: problems[0]?.path,
      problem: problems[0]?.message,
      count: problems.length,
    });
  }
  return problems.length === 0;
}

export { CONTENT_TYPES };
