import { validate } from '@govkit-th/schemas';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { InboxConfig } from '../config.js';
import type { AuditEntry, Store } from '../store/index.js';
import type { ImportedItem } from '../store/content.js';
import { PublicFile, publicBody } from './public-files.js';
import { CONTENT_TYPES, DOCUMENT_ID, ITEM_ID, type ContentType, type Entry } from './types.js';

export interface ImportReport {
  imported: { type: string; count: number }[];
  skipped: { file: string; reason: string }[];
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
}

/** The record of an imported item: what its file said, marked imported, with the agency as source when it named none. */
function importedRecord(publication: unknown, source: string): Entry {
  const record = publication && typeof publication === 'object' ? (publication as Entry) : {};
  return { ...record, source: record.source ?? source, imported: true };
}

/** A type's files in the folder: `{name}.json`, or every definition in `forms/` for e-forms. */
function filesOf(dir: string, type: ContentType): string[] {
  if (!type.keyed) return existsSync(join(dir, `${type.name}.json`)) ? [join(dir, `${type.name}.json`)] : [];
  const forms = join(dir, 'forms');
  return existsSync(forms)
    ? readdirSync(forms)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => join(forms, name))
    : [];
}

/** One file's items (an entry each for a list type, the document otherwise), or why it is skipped. */
async function itemsOf(
  type: ContentType,
  file: string,
  source: string,
): Promise<{ items: ImportedItem[]; envelope?: Entry } | string> {
  let data: Entry;
  try {
    data = readJson(file) as Entry;
  } catch (error) {
    return `not JSON: ${(error as Error).message}`;
  }
  const problems = await validate(type.schema, data, 'en');
  if (problems.length) return `${problems[0]?.path || '/'} ${problems[0]?.message}`;
  if (!type.list) {
    const id = type.keyed ? String(data.id) : DOCUMENT_ID;
    if (!ITEM_ID.test(id)) return `id ${id} is not usable in a URL`;
    const published =
      type.publication === false ? data : { ...data, publication: importedRecord(data.publication, source) };
    return { items: [{ type: type.name, id, published: JSON.stringify(published), urgent: false }] };
  }
  // The file's own record is kept with the page, marked imported like the entries' records;
  // the served page takes the desk's own record once an entry is published (publishedDocument).
  const { [type.list]: list, $schema: _schema, publication, ...rest } = data;
  const envelope = publication ? { ...rest, publication: importedRecord(publication, source) } : rest;
  const items: ImportedItem[] = [];
  for (const entry of (list ?? []) as Entry[]) {
    const id = String(entry.id);
    if (!ITEM_ID.test(id)) return `entry id ${id} is not usable in a URL`;
    const published = { ...entry, publication: importedRecord(entry.publication, source) };
    items.push({ type: type.name, id, published: JSON.stringify(published), urgent: type.urgent?.(entry) ?? false });
  }
  return { items, envelope };
}

/**
 * `govkit-inbox import <dir>`: an agency's existing data files become published items, as
 * they were, each marked imported in its publication record and the audit log (they did
 * not walk the steps here). Files that do not validate against their schema are skipped
 * and reported. The agency block of a `govkit.json` in the folder or beside it is kept for
 * `/content/govkit.json`. One transaction: all or nothing.
 */
export async function importFolder(store: Store, config: InboxConfig, dir: string): Promise<ImportReport> {
  const report: ImportReport = { imported: [], skipped: [] };
  const items: ImportedItem[] = [];
  const envelopes: { type: string; data: string }[] = [];
  for (const type of CONTENT_TYPES) {
    let count = 0;
    for (const file of filesOf(dir, type)) {
      const result = await itemsOf(type, file, config.agencyName.th);
      if (typeof result === 'string') {
        report.skipped.push({ file, reason: result });
        continue;
      }
      items.push(...result.items);
      count += result.items.length;
      if (result.envelope) envelopes.push({ type: type.name, data: JSON.stringify(result.envelope) });
    }
    if (count) report.imported.push({ type: type.name, count });
  }
  const manifest = [join(dir, 'govkit.json'), join(dirname(dir), 'govkit.json')].find((path) => existsSync(path));
  if (manifest) {
    const agency = (readJson(manifest) as Entry).agency;
    if (agency) envelopes.push({ type: 'govkit', data: JSON.stringify({ agency }) });
  }
  const at = new Date().toISOString();
  const audits: AuditEntry[] = items.map((item) => ({
    id: randomUUID(),
    at,
    actor: '(command line)',
    action: 'content.import',
    target: `${item.type}/${item.id}`,
    detail: { folder: dir },
  }));
  await store.importContent(items, envelopes, audits, at);
  return report;
}

/**
 * `govkit-inbox export <dir>`: the published content as static files, for an agency whose
 * website can only host files: every type's `{name}.json`, `news.rss`, `news.atom`,
 * `calendar.ics`, `govkit.json` and `eforms/{id}.json`. Returns the files written.
 */
export async function exportFolder(store: Store, config: InboxConfig, dir: string): Promise<string[]> {
  const stamps = await store.contentStamps();
  const changedAt = stamps.reduce(
    (latest, s) => (s.changedAt > latest ? s.changedAt : latest),
    new Date(0).toISOString(),
  );
  const eforms = (await store.publishedContent('eforms')).map((row) => row.id).sort();
  const written: string[] = [];
  for (const file of PublicFile.all(eforms)) {
    const made = await publicBody({ store, config }, file, changedAt, { exported: true });
    if (!made) continue;
    const path = join(dir, file.key);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, made.body);
    written.push(file.key);
  }
  return written;
}
