-- Each sign-in to the back office: what "Where you are signed in" lists, and what ending
-- the other sessions or changing a password ends. A session whose sign-in is gone is over.
CREATE TABLE sign_ins (
    -- A random token, kept in the session; never shown.
    id             TEXT PRIMARY KEY,
    coordinator_id INTEGER NOT NULL REFERENCES coordinators(id) ON DELETE CASCADE,
    -- Coarse, from the User-Agent: the browser and the system ("Firefox · Linux"), never
    -- an address.
    agent          TEXT NOT NULL,
    started_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    last_seen_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX sign_ins_by_coordinator ON sign_ins (coordinator_id, last_seen_at);
