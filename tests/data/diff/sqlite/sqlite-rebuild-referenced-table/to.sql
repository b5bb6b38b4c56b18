PRAGMA foreign_keys = ON;

CREATE TABLE authors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0)
);

CREATE TABLE books (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
    title TEXT NOT NULL
);

CREATE TABLE author_links (
    author_id INTEGER NOT NULL REFERENCES authors (id),
    url TEXT NOT NULL,
    PRIMARY KEY (author_id, url)
) WITHOUT ROWID;
