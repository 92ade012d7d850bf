-- GovKit TH inbox, migration 5 (SQLite; 005_integer_keys.postgres.sql is the same for PostgreSQL).
-- Submissions are stored under an integer key in the order they are written, so an insert
-- lands at the right edge of the table instead of at random places in three B-trees (the
-- uuid, the receipt and the idempotency key). The public uuid and receipt of a new row are
-- worked out from its key by a keyed permutation (src/store/public-ids.ts) under the secret
-- in inbox_secrets (made by the application at start). Rows stored before keep their random
-- uuid and receipt in legacy_id and legacy_receipt, the only rows those indexes hold.
-- Rows are never deleted (erasure empties them), so a key is never reused.
CREATE TABLE inbox_secrets (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE submissions_v5 (
  seq INTEGER PRIMARY KEY,
  legacy_id TEXT,
  legacy_receipt TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('form', 'opinion', 'question')),
  form_id TEXT NOT NULL,
  form_version TEXT NOT NULL,
  schema_version TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  idempotency_key TEXT NOT NULL UNIQUE,
  fingerprint TEXT NOT NULL,
  data TEXT NOT NULL,
  erased_at TEXT
);
INSERT INTO submissions_v5 (legacy_id, legacy_receipt, kind, form_id, form_version, schema_version,
    submitted_at, received_at, idempotency_key, fingerprint, data, erased_at)
  SELECT id, receipt, kind, form_id, form_version, schema_version,
    submitted_at, received_at, idempotency_key, fingerprint, data, erased_at
  FROM submissions ORDER BY received_at, id;

CREATE TABLE answers_v5 (
  question_id INTEGER PRIMARY KEY REFERENCES submissions_v5 (seq),
  public_question TEXT NOT NULL,
  public_category TEXT,
  answer TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'published')),
  revision INTEGER NOT NULL,
  drafted_by TEXT NOT NULL REFERENCES staff (id),
  drafted_at TEXT NOT NULL,
  approved_by TEXT REFERENCES staff (id),
  approved_at TEXT,
  published_by TEXT REFERENCES staff (id),
  published_at TEXT,
  first_published_at TEXT,
  updated_at TEXT NOT NULL
);
INSERT INTO answers_v5 (question_id, public_question, public_category, answer, status, revision, drafted_by,
    drafted_at, approved_by, approved_at, published_by, published_at, first_published_at, updated_at)
  SELECT s.seq, a.public_question, a.public_category, a.answer, a.status, a.revision, a.drafted_by,
    a.drafted_at, a.approved_by, a.approved_at, a.published_by, a.published_at, a.first_published_at, a.updated_at
  FROM answers a JOIN submissions_v5 s ON s.legacy_id = a.question_id;

DROP TABLE answers;
DROP TABLE submissions;
-- SQLite (3.26+) rewrites answers' reference to the renamed table.
ALTER TABLE submissions_v5 RENAME TO submissions;
ALTER TABLE answers_v5 RENAME TO answers;
CREATE UNIQUE INDEX submissions_by_legacy_id ON submissions (legacy_id) WHERE legacy_id IS NOT NULL;
CREATE INDEX submissions_by_legacy_receipt ON submissions (legacy_receipt) WHERE legacy_receipt IS NOT NULL;
CREATE INDEX submissions_by_received ON submissions (received_at, seq);
CREATE INDEX submissions_by_form ON submissions (form_id, received_at, seq);
CREATE INDEX answers_by_status ON answers (status, published_at);
