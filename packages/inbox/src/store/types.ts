/** The records the store reads and writes, as the rest of the inbox sees them. */
export type SubmissionKind = 'form' | 'opinion' | 'question';
export type Role = 'reporter' | 'approver' | 'publisher' | 'admin';
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

/** A submission as the receiver hands it to the group commit. */
export interface SubmissionRecord extends SubmissionMeta {
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
