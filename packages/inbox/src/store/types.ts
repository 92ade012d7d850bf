/** The records the store reads and writes, as the rest of the inbox sees them. */
export type SubmissionKind = 'form' | 'opinion' | 'question';
export type Role = 'reporter' | 'approver' | 'publisher' | 'uploader' | 'screener' | 'admin';
export type AnswerStatus = 'draft' | 'approved' | 'published';

/** What every stored submission has, whatever else is read with it. */
interface SubmissionMeta {
  id: string;
  receipt: string;
  kind: SubmissionKind;
  formId: string;
  formVersion: string;
  schemaVersion: string;
  submittedAt: string;
  receivedAt: string;
}

/**
 * A submission as the receiver hands it to the group commit: the store gives it its
 * integer key, and its uuid and receipt follow from that.
 */
export interface SubmissionRecord extends Omit<SubmissionMeta, 'id' | 'receipt'> {
  idempotencyKey: string;
  fingerprint: string;
  /** The data as JSON text. */
  data: string;
}

export interface StoredResult {
  status: 'created' | 'exists';
  receipt?: string;
  receivedAt?: string;
  fingerprint?: string;
}

/** A submission as the staff pages read it. */
export interface Submission extends SubmissionMeta {
  data: Record<string, unknown>;
  /** When the personal data was erased (PDPA); the data is then `{}`. */
  erasedAt?: string;
}

export interface SubmissionFilter {
  formId?: string;
  from?: string;
  to?: string;
}

export interface Staff {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  failedSignIns: number;
  lockedUntil?: string;
  /** The position (ตำแหน่ง) written into publication records. */
  position?: string;
  /** A work e-mail address, set by an admin, for notifications only. */
  email?: string;
  /** The language of the notifications (Thai when unset). */
  lang?: 'th' | 'en';
}

export interface Session {
  idHash: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export interface Answer {
  publicQuestion: string;
  publicCategory?: string;
  text: string;
  status: AnswerStatus;
  revision: number;
  draftedBy: string;
  draftedAt: string;
  approvedBy?: string;
  approvedAt?: string;
  publishedBy?: string;
  publishedAt?: string;
  firstPublishedAt?: string;
  updatedAt: string;
  reporter?: string;
  approver?: string;
  publisher?: string;
}

export interface Question {
  id: string;
  receipt: string;
  askedAt: string;
  data: Record<string, unknown>;
  erasedAt?: string;
  answer?: Answer;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorId?: string;
  actor: string;
  role?: string;
  action: string;
  target?: string;
  detail?: Record<string, unknown>;
  ipHash?: string;
}

export type TransitionResult =
  { ok: true; revision?: number } | { ok: false; reason: 'not-found' | 'stale' | 'status' | 'own-draft' };

/** Where a content item is in the order's steps (clause 3). */
export type ContentState = 'draft' | 'approved' | 'published' | 'withdrawn';

/** One step taken on an item: who (account id, name, position) and when. */
export interface StepRecord {
  by: string;
  name: string;
  position?: string;
  at: string;
}

/** A content item as the desk reads it; `draft` and `published` are parsed JSON. */
export interface ContentItem {
  type: string;
  id: string;
  version: number;
  state: ContentState;
  urgent: boolean;
  draft: Record<string, unknown>;
  reported?: StepRecord;
  approved?: StepRecord;
  screened?: StepRecord;
  uploaded?: StepRecord;
  withdrawal?: StepRecord;
  published?: Record<string, unknown>;
  firstPublishedAt?: string;
  imported: boolean;
  updatedAt: string;
}

/** The steps after the reporter's save, each by someone who took no other step of the item. */
export type ContentStep = 'approve' | 'screen' | 'publish' | 'withdraw-request' | 'withdraw';

/** Why a step was refused; `took` names the step the same person already took. */
export type StepResult =
  | { ok: true; version: number }
  | {
      ok: false;
      reason: 'not-found' | 'stale' | 'status' | 'same-person' | 'needs-screening' | 'not-urgent';
      took?: 'reported' | 'approved' | 'screened' | 'requested';
    };
