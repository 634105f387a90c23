-- A third role, editor: the website's content only. SQLite cannot widen a CHECK in place,
-- and rebuilding the table would set every note's and log entry's author to NULL (their
-- foreign keys act on the drop): the column is replaced instead, its values kept.
ALTER TABLE coordinators ADD COLUMN access TEXT NOT NULL DEFAULT 'coordinator'
    CHECK (access IN ('admin', 'coordinator', 'editor'));
UPDATE coordinators SET access = role;
ALTER TABLE coordinators DROP COLUMN role;
ALTER TABLE coordinators RENAME COLUMN access TO role;
