-- Requests from the two forms, and the mail they cause, written in one transaction.

CREATE TABLE requests (
    id                 INTEGER PRIMARY KEY,
    kind               TEXT NOT NULL CHECK (kind IN ('orientation', 'support')),
    -- What she quotes when she writes or calls: OR-7K3M, SU-4HXQ.
    reference          TEXT NOT NULL UNIQUE,
    -- From the form's token: a second submission of the same form finds the first.
    idempotency_key    TEXT NOT NULL UNIQUE,
    -- The language of the page she used.
    lang               TEXT NOT NULL CHECK (lang IN ('es', 'en', 'nl', 'fr')),
    -- Orientation: the language she wants us to answer in.
    contact_language   TEXT,
    region             TEXT NOT NULL,
    -- Comma-separated codes: orientation topics, support ways to help, languages spoken.
    topics             TEXT NOT NULL DEFAULT '',
    help_ways          TEXT NOT NULL DEFAULT '',
    spoken_languages   TEXT NOT NULL DEFAULT '',
    wants_confirmation INTEGER NOT NULL DEFAULT 0 CHECK (wants_confirmation IN (0, 1)),
    -- Name, contact details and message: JSON sealed with the data key, never plain text.
    personal           TEXT NOT NULL,
    status             TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'closed')),
    assigned_to        INTEGER,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    closed_at          TEXT
) STRICT;

CREATE INDEX requests_by_created ON requests (created_at DESC);
CREATE INDEX requests_by_status ON requests (status, created_at);

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    request_id      INTEGER REFERENCES requests(id) ON DELETE CASCADE,
    -- 'coordinator': the alert to a coordinator; 'confirmation': to the person who wrote.
    purpose         TEXT NOT NULL CHECK (purpose IN ('coordinator', 'confirmation')),
    -- Recipient, subject and bodies: JSON sealed with the data key.
    message         TEXT NOT NULL,
    -- Stable across retries, so a copy delivered twice after a crash can be recognised.
    message_id      TEXT NOT NULL UNIQUE,
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    -- Unix time in milliseconds.
    next_attempt_at INTEGER NOT NULL,
    -- The kind of the last failure, never the server's words (they may quote an address).
    last_error      TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    sent_at         TEXT
) STRICT;

CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_by_request ON outbox (request_id);
