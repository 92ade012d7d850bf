import { publishedVersion } from '../content/record.js';
import { stepRefusal } from '../content/rules.js';
import { insertAudit } from './audit.js';
import type { Driver, Row } from './driver.js';
import type { AuditEntry, ContentItem, ContentState, ContentStep, StepRecord, StepResult } from './types.js';

const SELECT = `
  SELECT c.*,
    rep.display_name AS rep_name, rep.position AS rep_position,
    app.display_name AS app_name, app.position AS app_position,
    scr.display_name AS scr_name, scr.position AS scr_position,
    pub.display_name AS pub_name, pub.position AS pub_position,
    wd.display_name AS wd_name, wd.position AS wd_position
  FROM content_items c
  LEFT JOIN staff rep ON rep.id = c.reported_by
  LEFT JOIN staff app ON app.id = c.approved_by
  LEFT JOIN staff scr ON scr.id = c.screened_by
  LEFT JOIN staff pub ON pub.id = c.published_by
  LEFT JOIN staff wd ON wd.id = c.withdrawal_by`;

export interface ContentSave {
  type: string;
  id: string;
  /** The draft as JSON text, already checked against the type's schema. */
  draft: string;
  urgent: boolean;
  staffId: string;
  at: string;
  /** The version the editor saw; 0 for a new item. */
  version: number;
}

export interface ContentStepInput {
  type: string;
  id: string;
  step: ContentStep;
  staffId: string;
  at: string;
  version: number;
  /** The publication record's source: the agency's name. */
  source: string;
}

export interface ImportedItem {
  type: string;
  id: string;
  /** The entry or document as it was in the agency's file, with `publication.imported`. */
  published: string;
  urgent: boolean;
}

export async function contentItem(driver: Driver, type: string, id: string): Promise<ContentItem | undefined> {
  const row = await driver.get(`${SELECT} WHERE c.type = ? AND c.id = ?`, [type, id]);
  return row && itemFromRow(row);
}

/** The items of one type (or of all), newest change first; `waitingScreening` is the screener's queue. */
export async function listContent(
  driver: Driver,
  filter: { type?: string; state?: ContentState; waitingScreening?: boolean; limit?: number } = {},
): Promise<ContentItem[]> {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.type) {
    clauses.push('c.type = ?');
    params.push(filter.type);
  }
  if (filter.state) {
    clauses.push('c.state = ?');
    params.push(filter.state);
  }
  if (filter.waitingScreening)
    clauses.push("c.urgent = 1 AND c.screened_by IS NULL AND c.state IN ('draft', 'approved')");
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const rows = await driver.all(`${SELECT} ${where} ORDER BY c.updated_at DESC, c.id LIMIT ?`, [
    ...params,
    filter.limit ?? 500,
  ]);
  return rows.map(itemFromRow);
}

/** How many items of each type are in each state (the desk's overview). */
export async function contentCounts(driver: Driver): Promise<{ type: string; state: string; n: number }[]> {
  const rows = await driver.all('SELECT type, state, COUNT(*) AS n FROM content_items GROUP BY type, state');
  return rows.map((row) => ({ type: row.type, state: row.state, n: Number(row.n) }));
}

/**
 * The reporter's save: a new item, or a new draft of one. Any edit returns the item to
 * draft (an approval is of one text) and clears the approval, the screening and a pending
 * withdrawal; the published version stays served until the new one is published.
 */
export function saveContent(driver: Driver, save: ContentSave, audit: AuditEntry): Promise<StepResult> {
  return driver.transaction(async (tx) => {
    let changes: number;
    if (save.version === 0) {
      ({ changes } = await tx.run(
        `INSERT INTO content_items (type, id, version, state, urgent, draft, reported_by, reported_at, updated_at)
         VALUES (?, ?, 1, 'draft', ?, ?, ?, ?, ?) ON CONFLICT (type, id) DO NOTHING`,
        [save.type, save.id, save.urgent, save.draft, save.staffId, save.at, save.at],
      ));
    } else {
      ({ changes } = await tx.run(
        `UPDATE content_items SET version = version + 1, state = 'draft', urgent = ?, draft = ?,
           reported_by = ?, reported_at = ?, approved_by = NULL, approved_at = NULL,
           screened_by = NULL, screened_at = NULL, withdrawal_by = NULL, withdrawal_at = NULL, updated_at = ?
         WHERE type = ? AND id = ? AND version = ?`,
        [save.urgent, save.draft, save.staffId, save.at, save.at, save.type, save.id, save.version],
      ));
    }
    if (changes !== 1) return { ok: false, reason: 'stale' };
    await insertAudit(tx, { ...audit, detail: { ...audit.detail, version: save.version + 1 } });
    return { ok: true, version: save.version + 1 };
  });
}

/**
 * One step after the save (approve, screen, publish, request or approve a withdrawal),
 * checked against the order's rules and the version the person saw, in one transaction
 * with its audit entry. The UPDATE is guarded by the version too, so of two people
 * taking a step at once exactly one succeeds (PostgreSQL re-checks the guard after the
 * first commits; SQLite has one writer).
 */
export function contentStep(driver: Driver, input: ContentStepInput, audit: AuditEntry): Promise<StepResult> {
  return driver.transaction(async (tx) => {
    const item = await contentItem(tx, input.type, input.id);
    if (!item) return { ok: false, reason: 'not-found' };
    if (item.version !== input.version) return { ok: false, reason: 'stale' };
    const refused = stepRefusal(item, input.step, input.staffId);
    if (refused) return refused;
    const [sql, params] = await stepUpdate(tx, item, input);
    const { changes } = await tx.run(
      `UPDATE content_items SET version = version + 1, updated_at = ?, ${sql} WHERE type = ? AND id = ? AND version = ?`,
      [input.at, ...params, input.type, input.id, input.version],
    );
    if (changes !== 1) return { ok: false, reason: 'stale' };
    if (input.step === 'publish' || input.step === 'withdraw') await bumpStamp(tx, input.type, input.at);
    await insertAudit(tx, { ...audit, detail: { ...audit.detail, version: input.version + 1 } });
    return { ok: true, version: input.version + 1 };
  });
}

async function stepUpdate(tx: Driver, item: ContentItem, input: ContentStepInput): Promise<[string, unknown[]]> {
  const { staffId, at } = input;
  switch (input.step) {
    case 'approve':
      return ["state = 'approved', approved_by = ?, approved_at = ?", [staffId, at]];
    case 'screen':
      return ['screened_by = ?, screened_at = ?', [staffId, at]];
    case 'withdraw-request':
      return ['withdrawal_by = ?, withdrawal_at = ?', [staffId, at]];
    case 'withdraw':
      return [
        `state = CASE WHEN state = 'published' THEN 'withdrawn' ELSE state END, published = NULL,
         published_by = NULL, published_at = NULL, withdrawal_by = NULL, withdrawal_at = NULL`,
        [],
      ];
    case 'publish': {
      const me = await tx.get('SELECT display_name, position FROM staff WHERE id = ?', [staffId]);
      const uploaded: StepRecord = {
        by: staffId,
        name: me?.display_name ?? '',
        position: me?.position ?? undefined,
        at,
      };
      const version = publishedVersion(item, uploaded, input.source);
      return [
        `state = 'published', published = ?, published_by = ?, published_at = ?,
         first_published_at = COALESCE(first_published_at, ?), imported = 0`,
        [JSON.stringify(version), staffId, at, at],
      ];
    }
  }
}

/** A publication or withdrawal changes what the public URLs serve. */
async function bumpStamp(tx: Driver, type: string, at: string): Promise<void> {
  await tx.run(
    `INSERT INTO content_stamps (type, serial, changed_at) VALUES (?, 1, ?)
     ON CONFLICT (type) DO UPDATE SET serial = content_stamps.serial + 1, changed_at = excluded.changed_at`,
    [type, at],
  );
}

/** Published versions of one type, in no particular order (the caller sorts them). */
export async function publishedContent(driver: Driver, type: string): Promise<{ id: string; data: string }[]> {
  const rows = await driver.all('SELECT id, published FROM content_items WHERE type = ? AND published IS NOT NULL', [
    type,
  ]);
  return rows.map((row) => ({ id: row.id, data: row.published }));
}

/** Every type's serial and last change: whether a cached public body is still current. */
export async function contentStamps(driver: Driver): Promise<{ type: string; serial: number; changedAt: string }[]> {
  const rows = await driver.all('SELECT type, serial, changed_at FROM content_stamps');
  return rows.map((row) => ({ type: row.type, serial: Number(row.serial), changedAt: row.changed_at }));
}

export async function contentEnvelope(driver: Driver, type: string): Promise<Record<string, unknown> | undefined> {
  const row = await driver.get('SELECT data FROM content_envelopes WHERE type = ?', [type]);
  return row ? JSON.parse(row.data) : undefined;
}

/**
 * Loads an agency's files as published items (the import command): each is published as
 * it was, marked imported, replacing an item of the same key; one audit entry per item.
 */
export function importContent(
  driver: Driver,
  items: ImportedItem[],
  envelopes: { type: string; data: string }[],
  audits: AuditEntry[],
  at: string,
): Promise<number> {
  return driver.transaction(async (tx) => {
    for (const item of items) {
      await tx.run(
        `INSERT INTO content_items (type, id, version, state, urgent, draft, published, published_at, first_published_at, imported, updated_at)
         VALUES (?, ?, 1, 'published', ?, ?, ?, ?, ?, 1, ?)
         ON CONFLICT (type, id) DO UPDATE SET version = content_items.version + 1, state = 'published',
           urgent = excluded.urgent, draft = excluded.draft, published = excluded.published,
           reported_by = NULL, reported_at = NULL, approved_by = NULL, approved_at = NULL,
           screened_by = NULL, screened_at = NULL, withdrawal_by = NULL, withdrawal_at = NULL,
           published_by = NULL, published_at = excluded.published_at, imported = 1, updated_at = excluded.updated_at`,
        [item.type, item.id, item.urgent, item.published, item.published, at, at, at],
      );
    }
    for (const envelope of envelopes) {
      await tx.run(
        `INSERT INTO content_envelopes (type, data, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (type) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
        [envelope.type, envelope.data, at],
      );
    }
    for (const type of new Set(items.map((item) => item.type))) await bumpStamp(tx, type, at);
    for (const audit of audits) await insertAudit(tx, audit);
    return items.length;
  });
}

function step(row: Row, prefix: string, by: string | null, at: string | null): StepRecord | undefined {
  if (!by || !at) return undefined;
  return {
    by,
    name: row[`${prefix}_name`] ?? '',
    ...(row[`${prefix}_position`] ? { position: row[`${prefix}_position`] } : {}),
    at,
  };
}

function itemFromRow(row: Row): ContentItem {
  const optional = {
    reported: step(row, 'rep', row.reported_by, row.reported_at),
    approved: step(row, 'app', row.approved_by, row.approved_at),
    screened: step(row, 'scr', row.screened_by, row.screened_at),
    uploaded: step(row, 'pub', row.published_by, row.published_at),
    withdrawal: step(row, 'wd', row.withdrawal_by, row.withdrawal_at),
    published: row.published ? JSON.parse(row.published) : undefined,
    firstPublishedAt: row.first_published_at ?? undefined,
  };
  return {
    type: row.type,
    id: row.id,
    version: Number(row.version),
    state: row.state,
    urgent: Number(row.urgent) === 1,
    draft: JSON.parse(row.draft),
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
    imported: Number(row.imported) === 1,
    updatedAt: row.updated_at,
  };
}
