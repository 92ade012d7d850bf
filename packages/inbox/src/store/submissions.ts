import { insertAudit } from './audit.js';
import type { Driver, Row } from './driver.js';
import type { AuditEntry, StoredResult, Submission, SubmissionFilter, SubmissionRecord } from './types.js';

const COLUMNS = [
  'id',
  'receipt',
  'kind',
  'form_id',
  'form_version',
  'schema_version',
  'submitted_at',
  'received_at',
  'idempotency_key',
  'fingerprint',
  'data',
];
const ROW_PLACEHOLDERS = `(${COLUMNS.map(() => '?').join(', ')})`;
/** Rows per INSERT: 11 values each stays far below SQLite's and PostgreSQL's parameter limits. */
const ROWS_PER_INSERT = 400;

/**
 * Stores a batch of submissions in one transaction (the group commit). A record whose
 * idempotency key is already stored is not inserted; its result carries the stored
 * receipt and fingerprint so the caller can answer 200 (same request) or 422 (another).
 */
export function insertSubmissions(driver: Driver, records: SubmissionRecord[]): Promise<StoredResult[]> {
  return driver.transaction(async (tx) => {
    // One lock order for every batch, so concurrent PostgreSQL batches cannot deadlock.
    const sorted = [...records].sort((a, b) => (a.idempotencyKey < b.idempotencyKey ? -1 : 1));
    const inserted = new Set<string>();
    for (let start = 0; start < sorted.length; start += ROWS_PER_INSERT) {
      const chunk = sorted.slice(start, start + ROWS_PER_INSERT);
      const rows = await tx.all(
        `INSERT INTO submissions (${COLUMNS.join(', ')}) VALUES ${chunk.map(() => ROW_PLACEHOLDERS).join(', ')}
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING idempotency_key`,
        chunk.flatMap((r) => [
          r.id,
          r.receipt,
          r.kind,
          r.formId,
          r.formVersion,
          r.schemaVersion,
          r.submittedAt,
          r.receivedAt,
          r.idempotencyKey,
          r.fingerprint,
          r.data,
        ]),
      );
      for (const row of rows) inserted.add(row.idempotency_key);
    }
    const existing = new Map<string, Row>();
    const missing = records.filter((r) => !inserted.has(r.idempotencyKey)).map((r) => r.idempotencyKey);
    for (let start = 0; start < missing.length; start += ROWS_PER_INSERT) {
      const keys = missing.slice(start, start + ROWS_PER_INSERT);
      const rows = await tx.all(
        `SELECT idempotency_key, receipt, received_at, fingerprint FROM submissions
         WHERE idempotency_key IN (${keys.map(() => '?').join(', ')})`,
        keys,
      );
      for (const row of rows) existing.set(row.idempotency_key, row);
    }
    return records.map((r): StoredResult => {
      if (inserted.has(r.idempotencyKey)) return { status: 'created' };
      const row = existing.get(r.idempotencyKey);
      return { status: 'exists', receipt: row?.receipt, receivedAt: row?.received_at, fingerprint: row?.fingerprint };
    });
  });
}

/** The stored answer to an idempotency key, or undefined. */
export async function submissionByKey(driver: Driver, key: string): Promise<StoredResult | undefined> {
  const row = await driver.get('SELECT receipt, received_at, fingerprint FROM submissions WHERE idempotency_key = ?', [
    key,
  ]);
  return row && { status: 'exists', receipt: row.receipt, receivedAt: row.received_at, fingerprint: row.fingerprint };
}

export async function listSubmissions(
  driver: Driver,
  filter: SubmissionFilter & { limit?: number; offset?: number },
): Promise<{ rows: Omit<Submission, 'data'>[]; total: number }> {
  const { where, params } = submissionWhere(filter);
  const rows = await driver.all(
    `SELECT id, receipt, kind, form_id, form_version, schema_version, submitted_at, received_at, erased_at FROM submissions ${where}
     ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?`,
    [...params, filter.limit ?? 50, filter.offset ?? 0],
  );
  const count = await driver.get(`SELECT COUNT(*) AS n FROM submissions ${where}`, params);
  return { rows: rows.map(submissionFromRow), total: Number(count?.n ?? 0) };
}

/**
 * One page of submissions in the order they arrived, with their data, after a
 * `(receivedAt, id)` cursor: the exports stream through these pages.
 */
export async function exportSubmissions(
  driver: Driver,
  filter: SubmissionFilter & { after?: { receivedAt: string; id: string }; limit?: number },
): Promise<Submission[]> {
  const { where, params } = submissionWhere(filter, filter.after);
  const rows = await driver.all(`SELECT * FROM submissions ${where} ORDER BY received_at ASC, id ASC LIMIT ?`, [
    ...params,
    filter.limit ?? 500,
  ]);
  return rows.map(submissionFromRow);
}

export async function submission(driver: Driver, id: string): Promise<Submission | undefined> {
  const row = await driver.get('SELECT * FROM submissions WHERE id = ?', [id]);
  return row && submissionFromRow(row);
}

/** How many submissions each form has: the staff filter's choices. */
export async function formCounts(driver: Driver): Promise<{ formId: string; kind: string; count: number }[]> {
  const rows = await driver.all(
    'SELECT form_id, kind, COUNT(*) AS n FROM submissions GROUP BY form_id, kind ORDER BY form_id',
  );
  return rows.map((row) => ({ formId: row.form_id, kind: row.kind, count: Number(row.n) }));
}

export async function countSubmissions(driver: Driver): Promise<number> {
  return Number((await driver.get('SELECT COUNT(*) AS n FROM submissions'))?.n ?? 0);
}

/** Ids of the not-yet-erased submissions whose data holds `text` (an e-mail address, a phone number). */
export async function submissionsMentioning(driver: Driver, text: string): Promise<{ id: string; receipt: string }[]> {
  const inJson = JSON.stringify(text)
    .slice(1, -1)
    .replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = await driver.all(
    "SELECT id, receipt FROM submissions WHERE erased_at IS NULL AND data LIKE ? ESCAPE '\\' ORDER BY received_at",
    [`%${inJson}%`],
  );
  return rows.map((row) => ({ id: row.id, receipt: row.receipt }));
}

/**
 * PDPA erasure: the data, its fingerprint and the idempotency key go; the receipt number,
 * form and times stay, with the erasure's audit entry in the same transaction.
 */
export function eraseSubmissions(driver: Driver, ids: string[], at: string, audit?: AuditEntry): Promise<string[]> {
  return driver.transaction(async (tx) => {
    const receipts: string[] = [];
    for (const id of ids) {
      const row = await tx.get('SELECT receipt FROM submissions WHERE id = ? AND erased_at IS NULL', [id]);
      if (!row) continue;
      await tx.run(
        "UPDATE submissions SET data = '{}', fingerprint = '', idempotency_key = ?, erased_at = ? WHERE id = ?",
        [`erased:${id}`, at, id],
      );
      receipts.push(row.receipt);
    }
    if (audit && receipts.length)
      await insertAudit(tx, { ...audit, detail: { ...audit.detail, receipts, count: receipts.length } });
    return receipts;
  });
}

/** The not-yet-erased submissions of one form received before `before`: what retention removes. */
export async function expiredSubmissions(driver: Driver, formId: string, before: string): Promise<string[]> {
  const rows = await driver.all(
    'SELECT id FROM submissions WHERE form_id = ? AND received_at < ? AND erased_at IS NULL ORDER BY received_at LIMIT 1000',
    [formId, before],
  );
  return rows.map((row) => row.id);
}

/** WHERE for a form and a [from, to) window of received times, optionally after a cursor. */
function submissionWhere(
  filter: SubmissionFilter,
  after?: { receivedAt: string; id: string },
): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.formId) {
    clauses.push('form_id = ?');
    params.push(filter.formId);
  }
  if (filter.from) {
    clauses.push('received_at >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    clauses.push('received_at < ?');
    params.push(filter.to);
  }
  if (after) {
    clauses.push('(received_at > ? OR (received_at = ? AND id > ?))');
    params.push(after.receivedAt, after.receivedAt, after.id);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

function submissionFromRow(row: Row): Submission {
  return {
    id: row.id,
    receipt: row.receipt,
    kind: row.kind,
    formId: row.form_id,
    formVersion: row.form_version,
    schemaVersion: row.schema_version,
    submittedAt: row.submitted_at,
    receivedAt: row.received_at,
    ...(row.erased_at ? { erasedAt: row.erased_at } : {}),
    data: row.data !== undefined ? JSON.parse(row.data) : {},
  };
}
