-- The readiness probe (/readyz) writes a row here and deletes the one before: a real write
-- the size of the largest submission, which fails as a submission would when the disk is full,
-- DATABASE_MAX_MB is reached or another process holds the write lock.
CREATE TABLE write_probe (
    id INTEGER PRIMARY KEY,
    probed_at TEXT NOT NULL,
    ballast BLOB NOT NULL
);
