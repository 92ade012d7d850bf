-- GovKit TH inbox, migration 3: the publishing desk (issue 12). Valid on SQLite and PostgreSQL.
-- New roles: uploader (the order's ผู้อัปโหลด) and screener (clause 4). The role's CHECK
-- is attached to its column, so the column is renamed, a new one added with the wider
-- CHECK, the values copied and the old column dropped (both databases drop a column's own CHECK).
ALTER TABLE staff RENAME COLUMN role TO old_role;
ALTER TABLE staff ADD COLUMN role TEXT NOT NULL DEFAULT 'reporter'
  CHECK (role IN ('reporter', 'approver', 'publisher', 'uploader', 'screener', 'admin'));
UPDATE staff SET role = old_role;
ALTER TABLE staff DROP COLUMN old_role;
-- A position (ตำแหน่ง) for the publication record.
ALTER TABLE staff ADD COLUMN position TEXT;

-- One content item: a whole data document (contact.json, faq.json…) or one entry of a
-- list type (a news item, an event, an alert). `draft` is the working copy; `published`
-- is what the public URLs serve, kept while the draft is edited again. `version` rises
-- with every change: a step names the version it saw, a stale one is refused (409).
CREATE TABLE content_items (
  type TEXT NOT NULL,
  id TEXT NOT NULL,
  version INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('draft', 'approved', 'published', 'withdrawn')),
  urgent INTEGER NOT NULL DEFAULT 0,
  draft TEXT NOT NULL,
  reported_by TEXT REFERENCES staff (id),
  reported_at TEXT,
  approved_by TEXT REFERENCES staff (id),
  approved_at TEXT,
  screened_by TEXT REFERENCES staff (id),
  screened_at TEXT,
  withdrawal_by TEXT REFERENCES staff (id),
  withdrawal_at TEXT,
  published TEXT,
  published_by TEXT REFERENCES staff (id),
  published_at TEXT,
  first_published_at TEXT,
  imported INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (type, id)
);
CREATE INDEX content_by_state ON content_items (state, type);
CREATE INDEX content_by_published ON content_items (type, first_published_at);

-- The non-entry fields of a list type's document (news.json's title, language…).
CREATE TABLE content_envelopes (
  type TEXT PRIMARY KEY,
  data TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- One row a type, bumped in the transaction of every publication or withdrawal: the
-- public URLs read it (one small query) to know whether their cached body is current.
CREATE TABLE content_stamps (
  type TEXT PRIMARY KEY,
  serial INTEGER NOT NULL,
  changed_at TEXT NOT NULL
);
