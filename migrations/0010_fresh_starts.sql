-- An administrator's "fresh start" for a colleague who lost her password: a one-time link,
-- valid 24 hours, that the administrator passes on herself. Only a hash of its secret is
-- kept, so a copy of the database opens no account.
CREATE TABLE fresh_starts (
    token_hash     TEXT PRIMARY KEY,
    coordinator_id INTEGER NOT NULL REFERENCES coordinators(id) ON DELETE CASCADE,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    expires_at     TEXT NOT NULL,
    used_at        TEXT
) STRICT, WITHOUT ROWID;
