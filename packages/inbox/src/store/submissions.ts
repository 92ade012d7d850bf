import { insertAudit } from './audit.js';
import type { Driver, Row } from './driver.js';
import type { PublicIds } from './public-ids.js';
import { bangkokDate } from './public-ids.js';
import { byPublicId, keyOfPublicId, publicId, receiptOf, submissionFromRow } from './submission-rows.js';
import type { AuditEntry, StoredResult, Submission, SubmissionFilter, SubmissionRecord } from './types.js';

const COLUMNS = [
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
/** Rows per INSERT: 9 values each stays far below SQLite's and PostgreSQL's parameter limits. */
const ROWS_PER_INSERT = 400;

/**
 * Stores a batch of submissions in one transaction (the group commit); each new row gets
 * the next integer key, and its receipt is worked out from it. A record whose
 * idempotency key is already stored is not inserted; its result carries the stored
 * receipt and fingerprint so the caller can answer 200 (same request) or 422 (another).
 */
export function insertSubmissions(
  driver: Driver,
  ids: PublicIds,
  records: SubmissionRecord[],
): Promise<StoredResult[]> {
  return driver.transaction(async (tx) => {
    // One lock order for every batch, so concurrent PostgreSQL batches cannot deadlock.
    const sorted = [...records].sort((a, b) => (a.idempotencyKey < b.idempotencyKey ? -1 : 1));
    const inserted = new Map<string, number>();
    for (let start = 0; start < sorted.length; start += ROWS_PER_INSERT) {
      const chunk = sorted.slice(start, start + ROWS_PER_INSERT);
      const rows = await tx.all(
        `INSERT INTO submissions (${COLUMNS.join(', ')}) VALUES ${chunk.map(() => ROW_PLACEHOLDERS).join(', ')}
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING seq, idempotency_key`,
        chunk.flatMap((r) => [
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
      for (const row of rows) inserted.set(row.idempotency_key, Number(row.seq));
    }
    const created = records.filter((r) => inserted.has(r.idempotencyKey));
    const receipts = new Map(
      ids
        .receiptsOf(created.map((r) => ({ key: inserted.get(r.idempotencyKey)!, receivedAt: r.receivedAt })))
        .map((receipt, i) => [created[i]!.idempotencyKey, receipt]),
    );
    const existing = new Map<string, Row>();
    const missing = records.filter((r) => !inserted.has(r.idempotencyKey)).map((r) => r.idempotencyKey);
    for (let start = 0; start < missing.length; start += ROWS_PER_INSERT) {
      const keys = missing.slice(start, start + ROWS_PER_INSERT);
      const rows = await tx.all(
        `SELECT idempotency_key, seq, legacy_receipt, received_at, fingerprint FROM submissions
         WHERE idempotency_key IN (${keys.map(() => '?').join(', ')})`,
        keys,
      );
      for (const row of rows) existing.set(row.idempotency_key, row);
    }
    return records.map((r): StoredResult => {
      const receipt = receipts.get(r.idempotencyKey);
      if (receipt) return { status: 'created', receipt };
      const row = existing.get(r.idempotencyKey);
      return row ? stored(ids, row) : { status: 'exists' };
    });
  });
}

function stored(ids: PublicIds, row: Row): StoredResult {
  return { status: 'exists', receipt: receiptOf(ids, row), receivedAt: row.received_at, fingerprint: row.fingerprint };
}

/** The stored answer to an idempotency key, or undefined. */
export async function submissionByKey(driver: Driver, ids: PublicIds, key: string): Promise<StoredResult | undefined> {
  const row = await driver.get(
    'SELECT seq, legacy_receipt, received_at, fingerprint FROM submissions WHERE idempotency_key = ?',
    [key],
  );
  return row && stored(ids, row);
}

/**
 * The submission a receipt number names (a clerk on the phone), found without an index:
 * the receipt maps back to its integer key, and the row's Bangkok date must match the
 * receipt's. A receipt given before migration 5 is looked up among the old rows.
 */
export async function submissionByReceipt(
  driver: Driver,
  ids: PublicIds,
  receipt: string,
): Promise<Submission | undefined> {
  const decoded = ids.receiptKey(receipt);
  if (decoded) {
    const row = await driver.get('SELECT * FROM submissions WHERE seq = ? AND legacy_id IS NULL', [decoded.key]);
    if (row && bangkokDate(row.received_at) === decoded.date) return submissionFromRow(ids, row);
  }
  const old = await driver.get('SELECT * FROM submissions WHERE legacy_receipt = ?', [receipt]);
  return old && submissionFromRow(ids, old);
}

export async function listSubmissions(
  driver: Driver,
  ids: PublicIds,
  filter: SubmissionFilter & { limit?: number; offset?: number },
): Promise<{ rows: Omit<Submission, 'data'>[]; total: number }> {
  const { where, params } = submissionWhere(filter);
  const rows = await driver.all(
    `SELECT seq, legacy_id, legacy_receipt, kind, form_id, form_version, schema_version, submitted_at, received_at, erased_at
     FROM submissions ${where} ORDER BY received_at DESC, seq DESC LIMIT ? OFFSET ?`,
    [...params, filter.limit ?? 50, filter.offset ?? 0],
  );
  const count = await driver.get(`SELECT COUNT(*) AS n FROM submissions ${where}`, params);
  return { rows: rows.map((row) => submissionFromRow(ids, row)), total: Number(count?.n ?? 0) };
}

/**
 * One page of submissions in the order they arrived, with their data, after a
 * `(receivedAt, id)` cursor: the exports stream through these pages.
 */
export async function exportSubmissions(
  driver: Driver,
  ids: PublicIds,
  filter: SubmissionFilter & { after?: { receivedAt: string; id: string }; limit?: number },
): Promise<Submission[]> {
  const after = filter.after && {
    receivedAt: filter.after.receivedAt,
    key: await keyOfPublicId(driver, ids, filter.after.id),
  };
  const { where, params } = submissionWhere(filter, after);
  const rows = await driver.all(`SELECT * FROM submissions ${where} ORDER BY received_at ASC, seq ASC LIMIT ?`, [
    ...params,
    filter.limit ?? 500,
  ]);
  return rows.map((row) => submissionFromRow(ids, row));
}

export async function submission(driver: Driver, ids: PublicIds, id: string): Promise<Submission | undefined> {
  const { where, param } = byPublicId(ids, id);
  const row = await driver.get(`SELECT * FROM submissions WHERE ${where}`, [param]);
  return row && submissionFromRow(ids, row);
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
export async function submissionsMentioning(
  driver: Driver,
  ids: PublicIds,
  text: string,
): Promise<{ id: string; receipt: string }[]> {
  const inJson = JSON.stringify(text)
    .slice(1, -1)
    .replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = await driver.all(
    `SELECT seq, legacy_id, legacy_receipt, received_at FROM submissions
     WHERE erased_at IS NULL AND data LIKE ? ESCAPE '\\' ORDER BY received_at, seq`,
    [`%${inJson}%`],
  );
  return rows.map((row) => ({ id: publicId(ids, row), receipt: receiptOf(ids, row) }));
}

/**
 * PDPA erasure: the data, its fingerprint and the idempotency key go; the receipt number,
 * form and times stay, with the erasure's audit entry in the same transaction.
 */
export function eraseSubmissions(
  driver: Driver,
  ids: PublicIds,
  publicIds: string[],
  at: string,
  audit?: AuditEntry,
): Promise<string[]> {
  return driver.transaction(async (tx) => {
    const receipts: string[] = [];
    for (const id of publicIds) {
      const { where, param } = byPublicId(ids, id);
      const row = await tx.get(
        `SELECT seq, legacy_receipt, received_at FROM submissions WHERE ${where} AND erased_at IS NULL`,
        [param],
      );
      if (!row) continue;
      await tx.run(
        "UPDATE submissions SET data = '{}', fingerprint = '', idempotency_key = ?, erased_at = ? WHERE seq = ?",
        [`erased:${id}`, at, row.seq],
      );
      receipts.push(receiptOf(ids, row));
    }
    if (audit && receipts.length)
      await insertAudit(tx, { ...audit, detail: { ...audit.detail, receipts, count: receipts.length } });
    return receipts;
  });
}

/** The not-yet-erased submissions of one form received before `before`: what retention removes. */
export async function expiredSubmissions(
  driver: Driver,
  ids: PublicIds,
  formId: string,
  before: string,
): Promise<string[]> {
  const rows = await driver.all(
    `SELECT seq, legacy_id FROM submissions WHERE form_id = ? AND received_at < ? AND erased_at IS NULL
     ORDER BY received_at, seq LIMIT 1000`,
    [formId, before],
  );
  return rows.map((row) => publicId(ids, row));
}

/** WHERE for a form and a [from, to) window of received times, optionally after a cursor. */
function submissionWhere(
  filter: SubmissionFilter,
  after?: { receivedAt: string; key: number | undefined },
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
    // A cursor row that is no longer found (it cannot be: rows are never deleted) restarts after its time.
    clauses.push('(received_at > ? OR (received_at = ? AND seq > ?))');
    params.push(after.receivedAt, after.receivedAt, after.key ?? Number.MAX_SAFE_INTEGER);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
