import { insertAudit } from './audit.js';
import type { Driver, Row } from './driver.js';
import type { PublicIds } from './public-ids.js';
import { byPublicId, keyOfPublicId, publicId, receiptOf } from './submission-rows.js';
import type { AnswerStatus, AuditEntry, Question, TransitionResult } from './types.js';

const ANSWER_SELECT = `
  SELECT s.seq, s.legacy_id, s.legacy_receipt, s.received_at, s.data, s.erased_at, a.public_question, a.public_category, a.answer, a.status, a.revision,
         a.drafted_by, a.drafted_at, a.approved_by, a.approved_at, a.published_by, a.published_at,
         a.first_published_at, a.updated_at,
         rep.display_name AS reporter, app.display_name AS approver, pub.display_name AS publisher
  FROM submissions s
  LEFT JOIN answers a ON a.question_id = s.seq
  LEFT JOIN staff rep ON rep.id = a.drafted_by
  LEFT JOIN staff app ON app.id = a.approved_by
  LEFT JOIN staff pub ON pub.id = a.published_by`;

export interface AnswerDraft {
  questionId: string;
  publicQuestion: string;
  publicCategory?: string;
  answer: string;
  staffId: string;
  at: string;
  /** The revision the editor saw (0 for a new answer). */
  revision: number;
}

export interface AnswerChange {
  questionId: string;
  staffId: string;
  at: string;
  revision: number;
}

export async function listQuestions(
  driver: Driver,
  ids: PublicIds,
  filter: { status?: 'new' | AnswerStatus; limit?: number; offset?: number } = {},
): Promise<{ rows: Question[]; total: number }> {
  const params: unknown[] = [];
  let where = "WHERE s.kind = 'question'";
  if (filter.status === 'new') where += ' AND a.question_id IS NULL';
  else if (filter.status) {
    where += ' AND a.status = ?';
    params.push(filter.status);
  }
  const rows = await driver.all(`${ANSWER_SELECT} ${where} ORDER BY s.received_at DESC, s.seq DESC LIMIT ? OFFSET ?`, [
    ...params,
    filter.limit ?? 50,
    filter.offset ?? 0,
  ]);
  const count = await driver.get(
    `SELECT COUNT(*) AS n FROM submissions s LEFT JOIN answers a ON a.question_id = s.seq ${where}`,
    params,
  );
  return { rows: rows.map((row) => questionFromRow(ids, row)), total: Number(count?.n ?? 0) };
}

export async function questionCounts(driver: Driver): Promise<Record<string, number>> {
  const rows = await driver.all(
    `SELECT COALESCE(a.status, 'new') AS status, COUNT(*) AS n FROM submissions s
     LEFT JOIN answers a ON a.question_id = s.seq WHERE s.kind = 'question' GROUP BY COALESCE(a.status, 'new')`,
  );
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
}

export async function question(driver: Driver, ids: PublicIds, id: string): Promise<Question | undefined> {
  const { where, param } = byPublicId(ids, id, 's.');
  const row = await driver.get(`${ANSWER_SELECT} WHERE s.kind = 'question' AND ${where}`, [param]);
  return row && questionFromRow(ids, row);
}

/**
 * Writes or rewrites the answer (the reporter's draft). Any change sends it back to
 * draft: an approval is of one text, so a new text needs a new approval, and a
 * published answer leaves the public list until then. A stale revision fails, so two
 * editors cannot overwrite each other unseen.
 */
export function saveAnswer(
  driver: Driver,
  ids: PublicIds,
  draft: AnswerDraft,
  audit?: AuditEntry,
): Promise<TransitionResult> {
  const { publicQuestion, publicCategory, answer, staffId, at, revision } = draft;
  return driver.transaction(async (tx) => {
    const { where, param } = byPublicId(ids, draft.questionId);
    const found = await tx.get(`SELECT seq FROM submissions WHERE ${where} AND kind = 'question'`, [param]);
    if (!found) return { ok: false, reason: 'not-found' };
    const questionId = Number(found.seq);
    let changes: number;
    if (revision === 0) {
      ({ changes } = await tx.run(
        `INSERT INTO answers (question_id, public_question, public_category, answer, status, revision, drafted_by, drafted_at, updated_at)
         VALUES (?, ?, ?, ?, 'draft', 1, ?, ?, ?) ON CONFLICT (question_id) DO NOTHING`,
        [questionId, publicQuestion, publicCategory ?? null, answer, staffId, at, at],
      ));
    } else {
      ({ changes } = await tx.run(
        `UPDATE answers SET public_question = ?, public_category = ?, answer = ?, status = 'draft', revision = revision + 1,
           drafted_by = ?, drafted_at = ?, approved_by = NULL, approved_at = NULL,
           published_by = NULL, published_at = NULL, updated_at = ?
         WHERE question_id = ? AND revision = ?`,
        [publicQuestion, publicCategory ?? null, answer, staffId, at, at, questionId, revision],
      ));
    }
    if (changes !== 1) return { ok: false, reason: 'stale' };
    if (audit) await insertAudit(tx, audit);
    return { ok: true, revision: revision + 1 };
  });
}

/** The approver signs a draft: never their own (the order's reporter and approver are two people). */
export function approveAnswer(
  driver: Driver,
  ids: PublicIds,
  { questionId, staffId, at, revision }: AnswerChange,
  audit?: AuditEntry,
): Promise<TransitionResult> {
  return transition(
    driver,
    `UPDATE answers SET status = 'approved', approved_by = ?, approved_at = ?, updated_at = ?
     WHERE question_id = ? AND revision = ? AND status = 'draft' AND drafted_by <> ?`,
    [staffId, at, at, KEY, revision, staffId],
    { ids, questionId, staffId, revision, from: 'draft' },
    audit,
  );
}

export function publishAnswer(
  driver: Driver,
  ids: PublicIds,
  { questionId, staffId, at, revision }: AnswerChange,
  audit?: AuditEntry,
): Promise<TransitionResult> {
  return transition(
    driver,
    `UPDATE answers SET status = 'published', published_by = ?, published_at = ?,
       first_published_at = COALESCE(first_published_at, ?), updated_at = ?
     WHERE question_id = ? AND revision = ? AND status = 'approved'`,
    [staffId, at, at, at, KEY, revision],
    { ids, questionId, staffId, revision, from: 'approved' },
    audit,
  );
}

export function unpublishAnswer(
  driver: Driver,
  ids: PublicIds,
  { questionId, staffId, at, revision }: AnswerChange,
  audit?: AuditEntry,
): Promise<TransitionResult> {
  return transition(
    driver,
    `UPDATE answers SET status = 'approved', published_by = NULL, published_at = NULL, updated_at = ?
     WHERE question_id = ? AND revision = ? AND status = 'published'`,
    [at, KEY, revision],
    { ids, questionId, staffId, revision, from: 'published' },
    audit,
  );
}

/** Published answers, newest first: the public Q&A board's data. */
export async function publishedQuestions(driver: Driver, ids: PublicIds, limit = 500): Promise<Question[]> {
  const rows = await driver.all(
    `${ANSWER_SELECT} WHERE s.kind = 'question' AND a.status = 'published' ORDER BY a.published_at DESC, s.seq DESC LIMIT ?`,
    [limit],
  );
  return rows.map((row) => questionFromRow(ids, row));
}

/** Stands in a transition's parameters for the question's integer key. */
const KEY = Symbol('question key');

/** One guarded status change; when it does not apply, says why. */
function transition(
  driver: Driver,
  sql: string,
  params: unknown[],
  expected: { ids: PublicIds; questionId: string; staffId: string; revision: number; from: AnswerStatus },
  audit?: AuditEntry,
): Promise<TransitionResult> {
  return driver.transaction(async (tx) => {
    const key = await keyOfPublicId(tx, expected.ids, expected.questionId);
    if (key === undefined) return { ok: false, reason: 'not-found' };
    const { changes } = await tx.run(
      sql,
      params.map((p) => (p === KEY ? key : p)),
    );
    if (changes === 1) {
      if (audit) await insertAudit(tx, audit);
      return { ok: true };
    }
    const row = await tx.get('SELECT status, revision, drafted_by FROM answers WHERE question_id = ?', [key]);
    if (!row) return { ok: false, reason: 'not-found' };
    if (Number(row.revision) !== expected.revision) return { ok: false, reason: 'stale' };
    if (row.status !== expected.from) return { ok: false, reason: 'status' };
    if (row.drafted_by === expected.staffId) return { ok: false, reason: 'own-draft' };
    return { ok: false, reason: 'stale' };
  });
}

function questionFromRow(ids: PublicIds, row: Row): Question {
  return {
    id: publicId(ids, row),
    receipt: receiptOf(ids, row),
    askedAt: row.received_at,
    data: JSON.parse(row.data),
    ...(row.erased_at ? { erasedAt: row.erased_at } : {}),
    answer: row.status
      ? {
          publicQuestion: row.public_question,
          publicCategory: row.public_category ?? undefined,
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
