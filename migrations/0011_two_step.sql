-- Two-step sign-in: a time-based one-time code (RFC 6238) after the password, and ten
-- single-use recovery codes for a lost phone.
CREATE TABLE second_steps (
    coordinator_id INTEGER PRIMARY KEY REFERENCES coordinators(id) ON DELETE CASCADE,
    -- The shared secret, sealed with the data key like her requests: a copy of the
    -- database alone yields no code.
    secret_sealed  TEXT NOT NULL,
    -- The last time step whose code was accepted: a code of that step or an earlier one is
    -- refused, so that a code seen over her shoulder cannot be used again.
    last_step      INTEGER NOT NULL DEFAULT 0,
    enrolled_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE TABLE recovery_codes (
    coordinator_id INTEGER NOT NULL REFERENCES coordinators(id) ON DELETE CASCADE,
    -- SHA-256 of the normalised code: 80 random bits each, so a hash cannot be reversed by
    -- trying them all; the codes themselves are shown once and never kept.
    code_hash      TEXT NOT NULL,
    used_at        TEXT,
    PRIMARY KEY (coordinator_id, code_hash)
) STRICT, WITHOUT ROWID;
