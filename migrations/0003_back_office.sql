-- The coordinators' back office: accounts, notes on requests, and the audit log.

CREATE TABLE coordinators (
    id            INTEGER PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name          TEXT NOT NULL,
    -- argon2id, PHC string format.
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL DEFAULT 'coordinator' CHECK (role IN ('admin', 'coordinator')),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE TABLE request_notes (
    id             INTEGER PRIMARY KEY,
    request_id     INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    coordinator_id INTEGER REFERENCES coordinators(id) ON DELETE SET NULL,
    author_name    TEXT NOT NULL,
    -- Notes may say as much as the request itself: sealed with the data key.
    body           TEXT NOT NULL,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE INDEX request_notes_by_request ON request_notes (request_id, created_at);

-- Who viewed or changed which request. Entries outlive a deleted request (by reference).
CREATE TABLE audit_log (
    id                INTEGER PRIMARY KEY,
    at                TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    coordinator_id    INTEGER REFERENCES coordinators(id) ON DELETE SET NULL,
    coordinator_name  TEXT NOT NULL,
    request_id        INTEGER REFERENCES requests(id) ON DELETE SET NULL,
    request_reference TEXT NOT NULL,
    action            TEXT NOT NULL,
    detail            TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX audit_log_by_request ON audit_log (request_id, at);
