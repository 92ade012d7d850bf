-- GovKit TH inbox, migration 1: valid SQL for both SQLite (3.35+) and PostgreSQL (12+).
-- Times are ISO 8601 UTC text with milliseconds ('2025-11-25T03:04:05.678Z'): one fixed
-- width, so text order is time order on both databases. Ids are made by the application.

CREATE TABLE submissions (
  id TEXT PRIMARY KEY,
  receipt TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('form', 'opinion', 'question')),
  form_id TEXT NOT NULL,
  form_version TEXT NOT NULL,
  schema_version TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  idempotency_key TEXT NOT NULL UNIQUE,
  fingerprint TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX submissions_by_received ON submissions (received_at, id);
CREATE INDEX submissions_by_form ON submissions (form_id, received_at, id);

CREATE TABLE staff (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('reporter', 'approver', 'publisher', 'admin')),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  staff_id TEXT NOT NULL REFERENCES staff (id),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE answers (
  question_id TEXT PRIMARY KEY REFERENCES submissions (id),
  public_question TEXT NOT NULL,
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
CREATE INDEX answers_by_status ON answers (status, published_at);

CREATE TABLE audit_log (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  actor_id TEXT,
  actor TEXT NOT NULL,
  role TEXT,
  action TEXT NOT NULL,
  target TEXT,
  detail TEXT,
  ip_hash TEXT
);
CREATE INDEX audit_by_at ON audit_log (at, id);
