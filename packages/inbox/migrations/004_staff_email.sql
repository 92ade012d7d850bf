-- GovKit TH inbox, migration 4: e-mail notifications (issue 12, item 6). Valid on SQLite and PostgreSQL.
-- An optional work e-mail address for an account, set by an admin, used only to tell the
-- person an item waits for them; and the language of those mails (Thai unless 'en').
ALTER TABLE staff ADD COLUMN email TEXT;
ALTER TABLE staff ADD COLUMN lang TEXT CHECK (lang IN ('th', 'en'));
