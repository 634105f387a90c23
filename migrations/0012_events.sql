-- Events (workshops, debates, focus groups…) that women can join without an account.
-- Times are stored in UTC (`2027-03-12T17:00:00Z`) and shown in TIME_ZONE.

CREATE TABLE events (
    id                     INTEGER PRIMARY KEY,
    slug                   TEXT NOT NULL UNIQUE,
    kind                   TEXT NOT NULL CHECK (kind IN ('workshop', 'debate', 'focus_group', 'conference', 'other')),
    status                 TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'postponed', 'cancelled')),
    published              INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
    starts_at              TEXT NOT NULL,
    ends_at                TEXT NOT NULL CHECK (ends_at > starts_at),
    online                 INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)),
    town                   TEXT NOT NULL DEFAULT '',
    address                TEXT NOT NULL DEFAULT '',
    -- 0: the page shows the town only; the address is given to those who registered.
    address_public         INTEGER NOT NULL DEFAULT 1 CHECK (address_public IN (0, 1)),
    -- Comma-separated codes: the languages spoken, what the event offers for access.
    languages              TEXT NOT NULL DEFAULT '',
    accessibility          TEXT NOT NULL DEFAULT '',
    capacity               INTEGER NOT NULL CHECK (capacity >= 1),
    max_per_registration   INTEGER NOT NULL DEFAULT 1 CHECK (max_per_registration >= 1),
    waiting_list           INTEGER NOT NULL DEFAULT 1 CHECK (waiting_list IN (0, 1)),
    -- NULL: open from publication; until the start.
    registration_opens_at  TEXT,
    registration_closes_at TEXT,
    reminder_hours         INTEGER NOT NULL DEFAULT 24 CHECK (reminder_hours >= 0),
    -- Mail and calendar files never name a sensitive event's topic.
    sensitive              INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),
    -- iCalendar SEQUENCE: raised on every change people were told about.
    sequence               INTEGER NOT NULL DEFAULT 0,
    -- Counts kept by the triggers below, so they outlive the registrations' personal data.
    places_taken           INTEGER NOT NULL DEFAULT 0,
    registered_count       INTEGER NOT NULL DEFAULT 0,
    waited_count           INTEGER NOT NULL DEFAULT 0,
    cancelled_count        INTEGER NOT NULL DEFAULT 0,
    came_count             INTEGER NOT NULL DEFAULT 0,
    created_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    -- Set once the registrations' personal data was deleted (EVENT_RETENTION_DAYS).
    purged_at              TEXT
) STRICT;

CREATE INDEX events_by_start ON events (published, starts_at);

CREATE TABLE event_texts (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    lang     TEXT NOT NULL CHECK (lang IN ('es', 'en', 'nl', 'fr')),
    title    TEXT NOT NULL,
    summary  TEXT NOT NULL DEFAULT '',
    body     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, lang)
) STRICT;

CREATE TABLE event_registrations (
    id              INTEGER PRIMARY KEY,
    event_id        INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    -- From the form's token: the same form sent twice finds the first registration.
    idempotency_key TEXT NOT NULL UNIQUE,
    -- SHA-256 of the secret in her private link; the secret itself is only in `personal`.
    token_hash      TEXT NOT NULL UNIQUE,
    lang            TEXT NOT NULL CHECK (lang IN ('es', 'en', 'nl', 'fr')),
    places          INTEGER NOT NULL CHECK (places >= 1),
    state           TEXT NOT NULL CHECK (state IN ('confirmed', 'waiting', 'cancelled')),
    wants_mail      INTEGER NOT NULL DEFAULT 0 CHECK (wants_mail IN (0, 1)),
    -- Name, contacts, needs and the link's secret: JSON sealed with the data key.
    personal        TEXT NOT NULL,
    came            INTEGER NOT NULL DEFAULT 0 CHECK (came IN (0, 1)),
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

-- Places are given in the order registrations commit: the id's order.
CREATE INDEX event_registrations_by_event ON event_registrations (event_id, state, id);

CREATE TRIGGER event_registration_counted AFTER INSERT ON event_registrations
BEGIN
    UPDATE events SET
        registered_count = registered_count + 1,
        waited_count = waited_count + (NEW.state = 'waiting'),
        places_taken = places_taken + CASE WHEN NEW.state = 'confirmed' THEN NEW.places ELSE 0 END
    WHERE id = NEW.event_id;
END;

CREATE TRIGGER event_registration_state_counted AFTER UPDATE OF state ON event_registrations
WHEN OLD.state <> NEW.state
BEGIN
    UPDATE events SET
        places_taken = places_taken
            + CASE WHEN NEW.state = 'confirmed' THEN NEW.places ELSE 0 END
            - CASE WHEN OLD.state = 'confirmed' THEN OLD.places ELSE 0 END,
        cancelled_count = cancelled_count + (NEW.state = 'cancelled')
    WHERE id = NEW.event_id;
END;

CREATE TRIGGER event_registration_came_counted AFTER UPDATE OF came ON event_registrations
WHEN OLD.came <> NEW.came
BEGIN
    UPDATE events SET came_count = came_count + NEW.came - OLD.came WHERE id = NEW.event_id;
END;

-- The outbox learns two purposes (a reminder before an event, a notice of a change) and
-- which registration a mail belongs to: cancelling or deleting a registration removes its
-- pending reminder. SQLite changes a CHECK only by rebuilding the table.
CREATE TABLE outbox_new (
    id              INTEGER PRIMARY KEY,
    request_id      INTEGER REFERENCES requests(id) ON DELETE CASCADE,
    registration_id INTEGER REFERENCES event_registrations(id) ON DELETE CASCADE,
    purpose         TEXT NOT NULL CHECK (purpose IN ('coordinator', 'confirmation', 'reminder', 'notice')),
    message         TEXT NOT NULL,
    message_id      TEXT NOT NULL UNIQUE,
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    sent_at         TEXT
) STRICT;

INSERT INTO outbox_new (id, request_id, purpose, message, message_id, state, attempts, next_attempt_at,
                        last_error, created_at, sent_at)
SELECT id, request_id, purpose, message, message_id, state, attempts, next_attempt_at,
       last_error, created_at, sent_at
FROM outbox;

DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;

CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_by_request ON outbox (request_id);
CREATE INDEX outbox_by_registration ON outbox (registration_id, purpose, state);

-- An event in each language of the site, its text falling back to the Spanish original.
CREATE VIEW event_pages AS
SELECT e.id, e.slug, e.kind, e.status, e.published, e.starts_at, e.ends_at, e.online, e.town,
       e.address, e.address_public, e.languages, e.accessibility, e.capacity,
       e.max_per_registration, e.waiting_list, e.registration_opens_at,
       e.registration_closes_at, e.reminder_hours, e.sensitive, e.sequence, e.places_taken,
       e.registered_count, e.waited_count, e.cancelled_count, e.came_count, e.updated_at,
       e.purged_at,
       (SELECT COUNT(*) FROM event_registrations r WHERE r.event_id = e.id AND r.state = 'waiting')
           AS waiting_now,
       l.lang AS page_lang,
       COALESCE(t.title, f.title, e.slug) AS title,
       COALESCE(t.summary, f.summary, '') AS summary,
       COALESCE(t.body, f.body, '') AS body,
       CASE WHEN t.event_id IS NULL THEN 'es' ELSE l.lang END AS text_lang
FROM events e
CROSS JOIN (SELECT 'es' AS lang UNION ALL SELECT 'en' UNION ALL SELECT 'nl' UNION ALL SELECT 'fr') l
LEFT JOIN event_texts t ON t.event_id = e.id AND t.lang = l.lang
LEFT JOIN event_texts f ON f.event_id = e.id AND f.lang = 'es';
