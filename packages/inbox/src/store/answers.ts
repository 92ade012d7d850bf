import { insertAudit } from './audit.js';
import type { Driver, Row } from './driver.js';
import type { AnswerStatus, AuditEntry, Question, TransitionResult } from './types.js';

const ANSWER_SELECT = `
  SELECT s.id, s.receipt, s.received_at, s.data, s.erased_at, a.public_question, a.public_category, a.answer, a.status, a.revision,
         a.drafted_by, a.drafted_at, a.approved_by, a.approved_at, a.published_by, a.published_at,
         a.first_published_at, a.updated_at,
         rep.display_name AS reporter, app.display_name AS approver, pub.display_name AS publisher
  FROM submissions s
  LEFT JOIN answers a ON a.question_id = s.id
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
  filter: { status?: 'new' | AnswerStatus; limit?: number; offset?: number } = {},
): Promise<{ rows: Question[]; total: number }> {
  const params: unknown[] = [];
  let where = "WHERE s.kind = 'question'";
  if (filter.status === 'new') where += ' AND a.question_id IS NULL';
  else if (filter.status) {
    where += ' AND a.status = ?';
    params.push(filter.status);
  }
  const rows = await driver.all(`${ANSWER_SELECT} ${where} ORDER BY s.received_at DESC, s.id DESC LIMIT ? OFFSET ?`, [
    ...params,
    filter.limit ?? 50,
    filter.offset ?? 0,
  ]);
  const count = await driver.get(
    `SELECT COUNT(*) AS n FROM submissions s LEFT JOIN answers a ON a.question_id = s.id ${where}`,
    params,
  );
  return { rows: rows.map(questionFromRow), total: Number(count?.n ?? 0) };
}

export async function questionCounts(driver: Driver): Promise<Record<string, number>> {
  const rows = await driver.all(
    `SELECT COALESCE(a.status, 'new') AS status, COUNT(*) AS n FROM submissions s
     LEFT JOIN answers a ON a.question_id = s.id WHERE s.kind = 'question' GROUP BY COALESCE(a.status, 'new')`,
  );
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
}

export async function question(driver: Driver, id: string): Promise<Question | undefined> {
  const row = await driver.get(`${ANSWER_SELECT} WHERE s.kind = 'question' AND s.id = ?`, [id]);
  return row && questionFromRow(row);
}

/**
 * Writes or rewrites the answer (the reporter's draft). Any change sends it back to
 * draft: an approval is of one text, so a new text needs a new approval, and a
 * published answer leaves the public list until then. A stale revision fails, so two
 * editors cannot overwrite each other unseen.
 */
export function saveAnswer(driver: Driver, draft: AnswerDraft, audit?: AuditEntry): Promise<TransitionResult> {
  const { questionId, publicQuestion, publicCategory, answer, staffId, at, revision } = draft;
  return driver.transaction(async (tx) => {
    const found = await tx.get("SELECT id FROM submissions WHERE id = ? AND kind = 'question'", [questionId]);
    if (!found) return { ok: false, reason: 'not-found' };
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
  { questionId, staffId, at, revision }: AnswerChange,
  audit?: AuditEntry,
): Promise<TransitionResult> {
  return transition(
    driver,
    `UPDATE answers SET status = 'approved', approved_by = ?, approved_at = ?, updated_at = ?
     WHERE question_id = ? AND revision = ? AND status = 'draft' AND drafted_by <> ?`,
    [staffId, at, at, questionId, revision, staffId],
    { questionId, staffId, revision, from: 'draft' },
    audit,
  );
}

export function publishAnswer(
  driver: Driver,
  { questionId, staffId, at, revision }: AnswerChange,
  audit?: AuditEntry,
): Promise<TransitionResult> {
  return transition(
    driver,
    `UPDATE answers SET status = 'published', published_by = ?, published_at = ?,
       first_published_at = COALESCE(first_published_at, ?), updated_at = ?
     WHERE question_id = ? AND revision = ? AND status = 'approved'`,
    [staffId, at, at, at, questionId, revision],
    { questionId, staffId, revision, from: 'approved' },
    audit,
  );
}

export function unpublishAnswer(
  driver: Driver,
  { questionId, staffId, at, revision }: AnswerChange,
  audit?: AuditEntry,
): Promise<TransitionResult> {
  return transition(
    driver,
    `UPDATE answers SET status = 'approved', published_by = NULL, published_at = NULL, updated_at = ?
     WHERE question_id = ? AND revision = ? AND status = 'published'`,
    [at, questionId, revision],
    { questionId, staffId, revision, from: 'published' },
    audit,
  );
}

/** Published answers, newest first: the public Q&A board's data. */
export async function publishedQuestions(driver: Driver, limit = 500): Promise<Question[]> {
  const rows = await driver.all(
    `${ANSWER_SELECT} WHERE s.kind = 'question' AND a.status = 'published' ORDER BY a.published_at DESC, s.id DESC LIMIT ?`,
    [limit],
  );
  return rows.map(questionFromRow);
}

/** One guarded status change; when it does not apply, says why. */
function transition(
  driver: Driver,
  sql: string,
  params: unknown[],
  expected: { questionId: string; staffId: string; revision: number; from: AnswerStatus },
  audit?: AuditEntry,
): Promise<TransitionResult> {
  return driver.transaction(async (tx) => {
    const { changes } = await tx.run(sql, params);
    if (changes === 1) {
      if (audit) await insertAudit(tx, audit);
      return { ok: true };
    }
    const row = await tx.get('SELECT status, revision, drafted_by FROM answers WHERE question_id = ?', [
      expected.questionId,
    ]);
    if (!row) return { ok: false, reason: 'not-found' };
    if (Number(row.revision) !== expected.revision) return { ok: false, reason: 'stale' };
    if (row.status !== expected.from) return { ok: false, reason: 'status' };
    if (row.drafted_by === expected.staffId) return { ok: false, reason: 'own-draft' };
    return { ok: false, reason: 'stale' };
  });
}

function questionFromRow(row: Row): Question {
  return {
    id: row.id,
    receipt: row.receipt,
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
