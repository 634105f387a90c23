-- Daily casework: follow-up dates, contact attempts, volunteers' own status, the keyed
-- index that finds every record about one person, and counters for the statistics.

-- The day a coordinator means to call back (YYYY-MM-DD, in TIME_ZONE).
ALTER TABLE requests ADD COLUMN follow_up_on TEXT;
CREATE INDEX requests_follow_up ON requests (follow_up_on) WHERE follow_up_on IS NOT NULL AND status != 'closed';
-- "Mine": a coordinator's open requests.
CREATE INDEX requests_by_assignee ON requests (assigned_to, status, created_at);
-- The inbox with a kind filter (orientation requests and volunteers are separate lists).
CREATE INDEX requests_by_kind ON requests (kind, created_at);

-- Where a person who offered support stands. Only support requests have one; the request
-- status follows it (ended is closed, so the retention purge applies to volunteers too).
ALTER TABLE requests ADD COLUMN volunteer_status TEXT
    CHECK (volunteer_status IN ('new', 'contacted', 'active', 'paused', 'ended'));
UPDATE requests SET volunteer_status = CASE status WHEN 'new' THEN 'new' WHEN 'closed' THEN 'ended' ELSE 'contacted' END
    WHERE kind = 'support';
CREATE INDEX requests_by_volunteer_status ON requests (volunteer_status, created_at) WHERE kind = 'support';

-- Each time a coordinator tried to reach the person, beside the free notes.
CREATE TABLE contact_attempts (
    id             INTEGER PRIMARY KEY,
    request_id     INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    coordinator_id INTEGER REFERENCES coordinators(id) ON DELETE SET NULL,
    author_name    TEXT NOT NULL,
    outcome        TEXT NOT NULL
        CHECK (outcome IN ('no_answer', 'spoke', 'message_left', 'email_sent', 'met')),
    at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX contact_attempts_by_request ON contact_attempts (request_id, at);

-- "What do you hold about me?": an HMAC of each normalised email address and phone number
-- a request holds, under a key derived from the data key. Finds her records without a
-- plain copy of her contact details. Filled by the server (at intake, at start-up for
-- older rows, again at a key rotation).
CREATE TABLE contact_digests (
    request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    digest     TEXT NOT NULL,
    PRIMARY KEY (request_id, digest)
) STRICT, WITHOUT ROWID;
CREATE INDEX contact_digests_by_digest ON contact_digests (digest);

-- The request page's history reads the log by reference.
CREATE INDEX audit_log_by_reference ON audit_log (request_reference, id);

-- Counts for the statistics page, kept as requests arrive, so that the page does not read
-- every request. Nothing personal: a day (UTC, as created_at), a kind, and one counted
-- value. Requests deleted later stay counted: the reports tell how many came.
CREATE TABLE request_counts (
    day       TEXT NOT NULL,
    kind      TEXT NOT NULL,
    dimension TEXT NOT NULL CHECK (dimension IN ('kind', 'topic', 'help', 'region', 'language')),
    value     TEXT NOT NULL,
    count     INTEGER NOT NULL,
    PRIMARY KEY (day, dimension, value, kind)
) STRICT, WITHOUT ROWID;

-- Stored codes are vocabulary codes (letters, digits and underscores), so the lists
-- become JSON arrays by quoting around the commas.
CREATE TRIGGER requests_counted AFTER INSERT ON requests
BEGIN
    INSERT INTO request_counts (day, kind, dimension, value, count)
    SELECT substr(NEW.created_at, 1, 10), NEW.kind, dimension, value, 1
    FROM (
        SELECT 'kind' AS dimension, NEW.kind AS value
        UNION ALL SELECT 'region', NEW.region
        UNION ALL SELECT 'language', COALESCE(NEW.contact_language, NEW.lang)
        UNION ALL SELECT 'topic', j.value FROM json_each('["' || replace(NEW.topics, ',', '","') || '"]') j
            WHERE NEW.topics != ''
        UNION ALL SELECT 'help', j.value FROM json_each('["' || replace(NEW.help_ways, ',', '","') || '"]') j
            WHERE NEW.help_ways != ''
    )
    WHERE true
    ON CONFLICT (day, dimension, value, kind) DO UPDATE SET count = count + 1;
END;

INSERT INTO request_counts (day, kind, dimension, value, count)
SELECT day, kind, dimension, value, COUNT(*) FROM (
    SELECT substr(created_at, 1, 10) AS day, kind, 'kind' AS dimension, kind AS value FROM requests
    UNION ALL SELECT substr(created_at, 1, 10), kind, 'region', region FROM requests
    UNION ALL SELECT substr(created_at, 1, 10), kind, 'language', COALESCE(contact_language, lang) FROM requests
    UNION ALL SELECT substr(r.created_at, 1, 10), r.kind, 'topic', j.value
        FROM requests r, json_each('["' || replace(r.topics, ',', '","') || '"]') j WHERE r.topics != ''
    UNION ALL SELECT substr(r.created_at, 1, 10), r.kind, 'help', j.value
        FROM requests r, json_each('["' || replace(r.help_ways, ',', '","') || '"]') j WHERE r.help_ways != ''
)
GROUP BY day, kind, dimension, value;
