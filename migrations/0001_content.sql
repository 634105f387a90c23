-- Site content: one row per language for every translatable text, so the back office can edit it.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE sections (
    key        TEXT PRIMARY KEY NOT NULL,
    page       TEXT NOT NULL CHECK (page IN ('home', 'about', 'projects', 'activities', 'team', 'privacy', 'safety')),
    position   INTEGER NOT NULL DEFAULT 0,
    published  INTEGER NOT NULL DEFAULT 1 CHECK (published IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE TABLE section_texts (
    key   TEXT NOT NULL REFERENCES sections(key) ON DELETE CASCADE ON UPDATE CASCADE,
    lang  TEXT NOT NULL CHECK (lang IN ('es', 'en', 'nl', 'fr')),
    title TEXT NOT NULL DEFAULT '',
    body  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (key, lang)
) STRICT;

CREATE TABLE items (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('project', 'activity')),
    slug       TEXT NOT NULL UNIQUE,
    position   INTEGER NOT NULL DEFAULT 0,
    published  INTEGER NOT NULL DEFAULT 1 CHECK (published IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE TABLE item_texts (
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    lang    TEXT NOT NULL CHECK (lang IN ('es', 'en', 'nl', 'fr')),
    title   TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    body    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (item_id, lang)
) STRICT;

CREATE TABLE people (
    id         INTEGER PRIMARY KEY,
    slug       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    position   INTEGER NOT NULL DEFAULT 0,
    published  INTEGER NOT NULL DEFAULT 1 CHECK (published IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE TABLE people_texts (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    lang      TEXT NOT NULL CHECK (lang IN ('es', 'en', 'nl', 'fr')),
    role      TEXT NOT NULL DEFAULT '',
    bio       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (person_id, lang)
) STRICT;
