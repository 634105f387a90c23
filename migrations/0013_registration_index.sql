-- The person index for event registrations: "what do you hold about me?" finds them by
-- an HMAC of her normalised email address or phone number, never by plain text (as
-- `contact_digests` does for requests). Deleted with the registration.
CREATE TABLE registration_digests (
    registration_id INTEGER NOT NULL REFERENCES event_registrations(id) ON DELETE CASCADE,
    digest          TEXT NOT NULL,
    PRIMARY KEY (registration_id, digest)
) STRICT, WITHOUT ROWID;

CREATE INDEX registration_digests_by_digest ON registration_digests (digest);
