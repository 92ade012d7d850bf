import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

/** The numbered SQL files in `migrations/`, in order: `001_initial.sql` → version 1. */
export function migrations() {
  return readdirSync(migrationsDir)
    .filter((name) => /^\d+_[\w-]+\.sql$/.test(name))
    .sort()
    .map((name) => ({ version: Number.parseInt(name, 10), name, sql: readFileSync(migrationsDir + name, 'utf8') }));
}

const SUBMISSION_COLUMNS = [
  'id', 'receipt', 'kind', 'form_id', 'form_version', 'schema_version',
  'submitted_at', 'received_at', 'idempotency_key', 'fingerprint', 'data',
];
const ROW_PLACEHOLDERS = `(${SUBMISSION_COLUMNS.map(() => '?').join(', ')})`;
/** Rows per INSERT: 11 values each stays far below SQLite's and PostgreSQL's parameter limits. */
const ROWS_PER_INSERT = 400;

const ANSWER_SELECT = `
  SELECT s.id, s.receipt, s.received_at, s.data, a.public_question, a.answer, a.status, a.revision,
         a.drafted_by, a.drafted_at, a.approved_by, a.approved_at, a.published_by, a.published_at,
         a.first_published_at, a.updated_at,
         rep.display_name AS reporter, app.display_name AS approver, pub.display_name AS publisher
  FROM submissions s
  LEFT JOIN answers a ON a.question_id = s.id
  LEFT JOIN staff rep ON rep.id = a.drafted_by
  LEFT JOIN staff app ON app.id = a.approved_by
  LEFT JOIN staff pub ON pub.id = a.published_by`;

/**
 * The one data-access layer. Every method is async and takes plain objects; the SQL is the
 * same for SQLite and PostgreSQL (placeholders are `?`; the PostgreSQL driver numbers them).
 * Methods that change something and are done by staff take an audit entry and write it
 * in the same transaction, so an action and its record stand or fall together.
 */
export class Store {
  /** @param {import('./sqlite.js').SqliteDriver | import('./pg.js').PgDriver} driver */
  constructor(driver) {
    this.driver = driver;
  }

  get kind() {
    return this.driver.kind;
  }

  /** Applies the migrations not yet applied, each in its own transaction; returns their names. */
  async migrate() {
    await this.driver.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const applied = [];
    for (const migration of migrations()) {
      const done = await this.driver.transaction(async (tx) => {
        await tx.lockForMigration();
        if (await tx.get('SELECT version FROM schema_migrations WHERE version = ?', [migration.version])) return false;
        await tx.exec(migration.sql);
        await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
          migration.version, migration.name, new Date().toISOString(),
        ]);
        return true;
      });
      if (done) applied.push(migration.name);
    }
    return applied;
  }

  async schemaVersion() {
    const row = await this.driver.get('SELECT MAX(version) AS version FROM schema_migrations');
    return Number(row?.version ?? 0);
  }

  async ping() {
    const row = await this.driver.get('SELECT 1 AS ok');
    return Number(row?.ok) === 1;
  }

  async setting(name) {
    const driver = /** @type {any} */ (this.driver);
    return driver.setting ? driver.setting(name) : undefined;
  }

  // ── Submissions ────────────────────────────────────────────────────────────────────

  /**
   * Stores a batch of submissions in one transaction (the group commit). A record whose
   * idempotency key is already stored is not inserted; its result carries the stored
   * receipt and fingerprint so the caller can answer 200 (same request) or 422 (another).
   * @param {SubmissionRecord[]} records
   * @returns {Promise<{ status: 'created' | 'exists', receipt?: string, receivedAt?: string, fingerprint?: string }[]>}
   */
  async insertSubmissions(records) {
    return this.driver.transaction(async (tx) => {
      // One lock order for every batch, so concurrent PostgreSQL batches cannot deadlock.
      const sorted = [...records].sort((a, b) => (a.idempotencyKey < b.idempotencyKey ? -1 : 1));
      const inserted = new Set();
      for (let start = 0; start < sorted.length; start += ROWS_PER_INSERT) {
        const chunk = sorted.slice(start, start + ROWS_PER_INSERT);
        const rows = await tx.all(
          `INSERT INTO submissions (${SUBMISSION_COLUMNS.join(', ')}) VALUES ${chunk.map(() => ROW_PLACEHOLDERS).join(', ')}
           ON CONFLICT (idempotency_key) DO NOTHING RETURNING idempotency_key`,
          chunk.flatMap((r) => [
            r.id, r.receipt, r.kind, r.formId, r.formVersion, r.schemaVersion,
            r.submittedAt, r.receivedAt, r.idempotencyKey, r.fingerprint, r.data,
          ]),
        );
        for (const row of rows) inserted.add(row.idempotency_key);
      }
      const existing = new Map();
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
      return records.map((r) => {
        if (inserted.has(r.idempotencyKey)) return { status: /** @type {const} */ ('created') };
        const row = existing.get(r.idempotencyKey);
        return { status: /** @type {const} */ ('exists'), receipt: row.receipt, receivedAt: row.received_at, fingerprint: row.fingerprint };
      });
    });
  }

  /** The stored answer to an idempotency key, or undefined. */
  async submissionByKey(key) {
    const row = await this.driver.get(
      'SELECT receipt, received_at, fingerprint FROM submissions WHERE idempotency_key = ?',
      [key],
    );
    return row && { receipt: row.receipt, receivedAt: row.received_at, fingerprint: row.fingerprint };
  }

  /** @param {SubmissionFilter & { limit?: number, offset?: number }} filter */
  async listSubmissions(filter) {
    const { where, params } = submissionWhere(filter);
    const rows = await this.driver.all(
      `SELECT id, receipt, kind, form_id, form_version, submitted_at, received_at FROM submissions ${where}
       ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?`,
      [...params, filter.limit ?? 50, filter.offset ?? 0],
    );
    const count = await this.driver.get(`SELECT COUNT(*) AS n FROM submissions ${where}`, params);
    return { rows: rows.map(submissionFromRow), total: Number(count?.n ?? 0) };
  }

  /**
   * One page of submissions in the order they arrived, with their data, after a
   * `(receivedAt, id)` cursor: the CSV export streams through these pages.
   * @param {SubmissionFilter & { after?: { receivedAt: string, id: string }, limit?: number }} filter
   */
  async exportSubmissions(filter) {
    const { where, params } = submissionWhere(filter, filter.after);
    const rows = await this.driver.all(
      `SELECT * FROM submissions ${where} ORDER BY received_at ASC, id ASC LIMIT ?`,
      [...params, filter.limit ?? 500],
    );
    return rows.map(submissionFromRow);
  }

  async submission(id) {
    const row = await this.driver.get('SELECT * FROM submissions WHERE id = ?', [id]);
    return row && submissionFromRow(row);
  }

  /** How many submissions each form has: the staff filter's choices. */
  async formCounts() {
    const rows = await this.driver.all(
      'SELECT form_id, kind, COUNT(*) AS n FROM submissions GROUP BY form_id, kind ORDER BY form_id',
    );
    return rows.map((row) => ({ formId: row.form_id, kind: row.kind, count: Number(row.n) }));
  }

  async countSubmissions() {
    return Number((await this.driver.get('SELECT COUNT(*) AS n FROM submissions'))?.n ?? 0);
  }

  // ── Staff and sessions ─────────────────────────────────────────────────────────────

  /** @param {{ id: string, username: string, displayName: string, role: string, passwordHash: string, at: string }} account */
  async createStaff(account, audit) {
    return this.driver.transaction(async (tx) => {
      const { changes } = await tx.run(
        `INSERT INTO staff (id, username, display_name, role, password_hash, active, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT (username) DO NOTHING`,
        [account.id, account.username, account.displayName, account.role, account.passwordHash, account.at, account.at],
      );
      if (changes === 1 && audit) await insertAudit(tx, audit);
      return changes === 1;
    });
  }

  async staffByUsername(username) {
    const row = await this.driver.get('SELECT * FROM staff WHERE username = ?', [username]);
    return row && staffFromRow(row);
  }

  async staffById(id) {
    const row = await this.driver.get('SELECT * FROM staff WHERE id = ?', [id]);
    return row && staffFromRow(row);
  }

  async listStaff() {
    return (await this.driver.all('SELECT * FROM staff ORDER BY username')).map(staffFromRow);
  }

  async countStaff() {
    return Number((await this.driver.get('SELECT COUNT(*) AS n FROM staff'))?.n ?? 0);
  }

  /**
   * Changes an account: any of displayName, role, active, passwordHash. Disabling an
   * account or changing its password ends its sessions.
   */
  async updateStaff(id, changes, audit) {
    return this.driver.transaction(async (tx) => {
      const sets = [];
      const params = [];
      for (const [field, column] of [['displayName', 'display_name'], ['role', 'role'], ['passwordHash', 'password_hash']]) {
        if (changes[field] !== undefined) {
          sets.push(`${column} = ?`);
          params.push(changes[field]);
        }
      }
      if (changes.active !== undefined) {
        sets.push('active = ?');
        params.push(changes.active ? 1 : 0);
      }
      sets.push('updated_at = ?');
      params.push(changes.at);
      const { changes: count } = await tx.run(`UPDATE staff SET ${sets.join(', ')} WHERE id = ?`, [...params, id]);
      if (count === 1 && (changes.passwordHash !== undefined || changes.active === false)) {
        await tx.run('DELETE FROM sessions WHERE staff_id = ? AND id_hash <> ?', [id, changes.keepSession ?? '']);
      }
      if (count === 1 && audit) await insertAudit(tx, audit);
      return count === 1;
    });
  }

  async createSession(session) {
    await this.driver.run(
      'INSERT INTO sessions (id_hash, staff_id, csrf_token, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
      [session.idHash, session.staffId, session.csrfToken, session.createdAt, session.createdAt, session.expiresAt],
    );
  }

  /** The session and its account, if the session exists, has not expired and the account is active. */
  async session(idHash, now) {
    const row = await this.driver.get(
      `SELECT se.id_hash, se.csrf_token, se.created_at AS session_created_at, se.last_seen_at, se.expires_at, st.*
       FROM sessions se JOIN staff st ON st.id = se.staff_id
       WHERE se.id_hash = ? AND se.expires_at > ? AND st.active = 1`,
      [idHash, now],
    );
    if (!row) return undefined;
    return {
      session: {
        idHash: row.id_hash, csrfToken: row.csrf_token, createdAt: row.session_created_at,
        lastSeenAt: row.last_seen_at, expiresAt: row.expires_at,
      },
      staff: staffFromRow(row),
    };
  }

  async touchSession(idHash, lastSeenAt, expiresAt) {
    await this.driver.run('UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE id_hash = ?', [lastSeenAt, expiresAt, idHash]);
  }

  async deleteSession(idHash, audit) {
    return this.driver.transaction(async (tx) => {
      await tx.run('DELETE FROM sessions WHERE id_hash = ?', [idHash]);
      if (audit) await insertAudit(tx, audit);
    });
  }

  async deleteExpiredSessions(now) {
    return (await this.driver.run('DELETE FROM sessions WHERE expires_at <= ?', [now])).changes;
  }

  // ── Questions and answers (order clause 3: reporter, approver, publisher) ─────────

  /** @param {{ status?: 'new' | 'draft' | 'approved' | 'published', limit?: number, offset?: number }} filter */
  async listQuestions(filter = {}) {
    const params = [];
    let where = "WHERE s.kind = 'question'";
    if (filter.status === 'new') where += ' AND a.question_id IS NULL';
    else if (filter.status) {
      where += ' AND a.status = ?';
      params.push(filter.status);
    }
    const rows = await this.driver.all(
      `${ANSWER_SELECT} ${where} ORDER BY s.received_at DESC, s.id DESC LIMIT ? OFFSET ?`,
      [...params, filter.limit ?? 50, filter.offset ?? 0],
    );
    const count = await this.driver.get(
      `SELECT COUNT(*) AS n FROM submissions s LEFT JOIN answers a ON a.question_id = s.id ${where}`,
      params,
    );
    return { rows: rows.map(questionFromRow), total: Number(count?.n ?? 0) };
  }

  async questionCounts() {
    const rows = await this.driver.all(
      `SELECT COALESCE(a.status, 'new') AS status, COUNT(*) AS n FROM submissions s
       LEFT JOIN answers a ON a.question_id = s.id WHERE s.kind = 'question' GROUP BY COALESCE(a.status, 'new')`,
    );
    return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
  }

  async question(id) {
    const row = await this.driver.get(`${ANSWER_SELECT} WHERE s.kind = 'question' AND s.id = ?`, [id]);
    return row && questionFromRow(row);
  }

  /**
   * Writes or rewrites the answer (the reporter's draft). Any change sends it back to
   * draft: an approval is of one text, so a new text needs a new approval, and a
   * published answer leaves the public list until then. `revision` is the one the
   * editor saw (0 for a new answer); a stale one fails, so two editors cannot overwrite
   * each other unseen.
   */
  async saveAnswer({ questionId, publicQuestion, answer, staffId, at, revision }, audit) {
    return this.driver.transaction(async (tx) => {
      const question = await tx.get("SELECT id FROM submissions WHERE id = ? AND kind = 'question'", [questionId]);
      if (!question) return { ok: false, reason: 'not-found' };
      let changes;
      if (revision === 0) {
        ({ changes } = await tx.run(
          `INSERT INTO answers (question_id, public_question, answer, status, revision, drafted_by, drafted_at, updated_at)
           VALUES (?, ?, ?, 'draft', 1, ?, ?, ?) ON CONFLICT (question_id) DO NOTHING`,
          [questionId, publicQuestion, answer, staffId, at, at],
        ));
      } else {
        ({ changes } = await tx.run(
          `UPDATE answers SET public_question = ?, answer = ?, status = 'draft', revision = revision + 1,
             drafted_by = ?, drafted_at = ?, approved_by = NULL, approved_at = NULL,
             published_by = NULL, published_at = NULL, updated_at = ?
           WHERE question_id = ? AND revision = ?`,
          [publicQuestion, answer, staffId, at, at, questionId, revision],
        ));
      }
      if (changes !== 1) return { ok: false, reason: 'stale' };
      if (audit) await insertAudit(tx, audit);
      return { ok: true, revision: revision + 1 };
    });
  }

  /** The approver signs a draft: never their own (the order's reporter and approver are two people). */
  async approveAnswer({ questionId, staffId, at, revision }, audit) {
    return this.transition(
      `UPDATE answers SET status = 'approved', approved_by = ?, approved_at = ?, updated_at = ?
       WHERE question_id = ? AND revision = ? AND status = 'draft' AND drafted_by <> ?`,
      [staffId, at, at, questionId, revision, staffId],
      { questionId, staffId, revision, from: 'draft' },
      audit,
    );
  }

  async publishAnswer({ questionId, staffId, at, revision }, audit) {
    return this.transition(
      `UPDATE answers SET status = 'published', published_by = ?, published_at = ?,
         first_published_at = COALESCE(first_published_at, ?), updated_at = ?
       WHERE question_id = ? AND revision = ? AND status = 'approved'`,
      [staffId, at, at, at, questionId, revision],
      { questionId, staffId, revision, from: 'approved' },
      audit,
    );
  }

  async unpublishAnswer({ questionId, staffId, at, revision }, audit) {
    return this.transition(
      `UPDATE answers SET status = 'approved', published_by = NULL, published_at = NULL, updated_at = ?
       WHERE question_id = ? AND revision = ? AND status = 'published'`,
      [at, questionId, revision],
      { questionId, staffId, revision, from: 'published' },
      audit,
    );
  }

  /** One guarded status change; when it does not apply, says why. */
  async transition(sql, params, expected, audit) {
    return this.driver.transaction(async (tx) => {
      const { changes } = await tx.run(sql, params);
      if (changes === 1) {
        if (audit) await insertAudit(tx, audit);
        return { ok: true };
      }
      const row = await tx.get('SELECT status, revision, drafted_by FROM answers WHERE question_id = ?', [expected.questionId]);
      if (!row) return { ok: false, reason: 'not-found' };
      if (Number(row.revision) !== expected.revision) return { ok: false, reason: 'stale' };
      if (row.status !== expected.from) return { ok: false, reason: 'status' };
      if (row.drafted_by === expected.staffId) return { ok: false, reason: 'own-draft' };
      return { ok: false, reason: 'stale' };
    });
  }

  /** Published answers, newest first: the public Q&A board's data. */
  async publishedQuestions(limit = 500) {
    const rows = await this.driver.all(
      `${ANSWER_SELECT} WHERE s.kind = 'question' AND a.status = 'published' ORDER BY a.published_at DESC, s.id DESC LIMIT ?`,
      [limit],
    );
    return rows.map(questionFromRow);
  }

  // ── Audit log ──────────────────────────────────────────────────────────────────────

  async addAudit(entry) {
    await insertAudit(this.driver, entry);
  }

  /** @param {{ actor?: string, action?: string, limit?: number, offset?: number }} filter */
  async listAudit(filter = {}) {
    const clauses = [];
    const params = [];
    if (filter.actor) {
      clauses.push('actor = ?');
      params.push(filter.actor);
    }
    if (filter.action) {
      clauses.push('action = ?');
      params.push(filter.action);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const rows = await this.driver.all(
      `SELECT * FROM audit_log ${where} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`,
      [...params, filter.limit ?? 100, filter.offset ?? 0],
    );
    const count = await this.driver.get(`SELECT COUNT(*) AS n FROM audit_log ${where}`, params);
    return {
      rows: rows.map((row) => ({
        id: row.id, at: row.at, actorId: row.actor_id, actor: row.actor, role: row.role, action: row.action,
        target: row.target, detail: row.detail ? JSON.parse(row.detail) : undefined, ipHash: row.ip_hash,
      })),
      total: Number(count?.n ?? 0),
    };
  }

  async close() {
    await this.driver.close();
  }
}

/**
 * @typedef {{ id: string, receipt: string, kind: 'form' | 'opinion' | 'question', formId: string,
 *   formVersion: string, schemaVersion: string, submittedAt: string, receivedAt: string,
 *   idempotencyKey: string, fingerprint: string, data: string }} SubmissionRecord
 * @typedef {{ formId?: string, from?: string, to?: string }} SubmissionFilter
 */

/** WHERE for a form and a [from, to) window of received times, optionally after a cursor. */
function submissionWhere(filter, after) {
  const clauses = [];
  const params = [];
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

async function insertAudit(driver, entry) {
  await driver.run(
    'INSERT INTO audit_log (id, at, actor_id, actor, role, action, target, detail, ip_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [
      entry.id, entry.at, entry.actorId ?? null, entry.actor, entry.role ?? null, entry.action,
      entry.target ?? null, entry.detail === undefined ? null : JSON.stringify(entry.detail), entry.ipHash ?? null,
    ],
  );
}

function submissionFromRow(row) {
  return {
    id: row.id,
    receipt: row.receipt,
    kind: row.kind,
    formId: row.form_id,
    formVersion: row.form_version,
    schemaVersion: row.schema_version,
    submittedAt: row.submitted_at,
    receivedAt: row.received_at,
    ...(row.data !== undefined ? { data: JSON.parse(row.data) } : {}),
  };
}

function staffFromRow(row) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    passwordHash: row.password_hash,
    active: Number(row.active) === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function questionFromRow(row) {
  return {
    id: row.id,
    receipt: row.receipt,
    askedAt: row.received_at,
    data: JSON.parse(row.data),
    answer: row.status
      ? {
          publicQuestion: row.public_question,
          text: row.answer,
          status: row.status,
          revision: Number(row.revision),
          draftedBy: row.drafted_by,
          draftedAt: row.drafted_at,
          approvedBy: row.approved_by ?? undefined,
          approvedAt: row.approved_at ?? undefined,
          publishedBy: row.published_by ?? undefined,
          publishedAt: row.published_at ?? undefined,
          firstPublishedAt: row.first_published_at ?? undefined,
          updatedAt: row.updated_at,
          reporter: row.reporter ?? undefined,
          approver: row.approver ?? undefined,
          publisher: row.publisher ?? undefined,
        }
      : undefined,
  };
}
