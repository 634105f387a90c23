-- The statistics over long periods: the same counters by month, so that a period of years
-- reads a row per month and value, and only its first and last months by day.
CREATE TABLE request_counts_by_month (
    month     TEXT NOT NULL,
    kind      TEXT NOT NULL,
    dimension TEXT NOT NULL CHECK (dimension IN ('kind', 'topic', 'help', 'region', 'language')),
    value     TEXT NOT NULL,
    count     INTEGER NOT NULL,
    PRIMARY KEY (month, dimension, value, kind)
) STRICT, WITHOUT ROWID;

INSERT INTO request_counts_by_month (month, kind, dimension, value, count)
SELECT substr(day, 1, 7), kind, dimension, value, SUM(count) FROM request_counts
GROUP BY substr(day, 1, 7), kind, dimension, value;

-- Each daily counter that changes changes its month too.
CREATE TRIGGER request_counts_added AFTER INSERT ON request_counts
BEGIN
    INSERT INTO request_counts_by_month (month, kind, dimension, value, count)
    VALUES (substr(NEW.day, 1, 7), NEW.kind, NEW.dimension, NEW.value, NEW.count)
    ON CONFLICT (month, dimension, value, kind) DO UPDATE SET count = count + excluded.count;
END;

CREATE TRIGGER request_counts_increased AFTER UPDATE OF count ON request_counts
BEGIN
    UPDATE request_counts_by_month SET count = count + NEW.count - OLD.count
    WHERE month = substr(NEW.day, 1, 7) AND dimension = NEW.dimension AND value = NEW.value AND kind = NEW.kind;
END;

-- The menu's count of new requests by kind reads this index alone.
CREATE INDEX requests_new_by_kind ON requests (status, kind);

-- Volunteers searched by name without opening every offer: an HMAC of each word of the
-- name (lower case, accents set aside), under the person index's key. Only offers of
-- support are indexed by name; a woman's name never is.
CREATE TABLE name_digests (
    request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    digest     TEXT NOT NULL,
    PRIMARY KEY (request_id, digest)
) STRICT, WITHOUT ROWID;
CREATE INDEX name_digests_by_digest ON name_digests (digest);
