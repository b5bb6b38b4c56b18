-- A table other tables reference (authors, referenced by books and by author_links) is rebuilt (name gains NOT NULL
-- and a CHECK): the rebuild must run with foreign keys off so that DROP TABLE authors neither fails nor cascades, keep
-- the children's references pointing at the new authors, and check them (PRAGMA foreign_key_check) before commit.
PRAGMA foreign_keys = ON;

CREATE TABLE authors (
    id INTEGER PRIMARY KEY,
    name TEXT
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

INSERT INTO authors (id, name) VALUES (1, 'Le Guin'), (2, 'Pratchett');
INSERT INTO books (id, author_id, title) VALUES (1, 1, 'The Dispossessed'), (2, 2, 'Small Gods'), (3, 2, 'Mort');
INSERT INTO author_links (author_id, url) VALUES (1, 'https://example.org/le-guin');
