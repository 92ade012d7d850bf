-- GovKit TH inbox, migration 2: PDPA erasure, the published category, sign-in backoff.
ALTER TABLE submissions ADD COLUMN erased_at TEXT;
ALTER TABLE answers ADD COLUMN public_category TEXT;
ALTER TABLE staff ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN locked_until TEXT;
