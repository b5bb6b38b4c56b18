-- Forms the SQLite generator has to write back in one particular way;
-- tst_sqlitesqlgenerator round-trips this file next to the introspection fixture.
CREATE TABLE "we""ird `name` [x]" (
    "select" INTEGER PRIMARY KEY DESC,
    "Mixed Case" "PRIMARY" NOT NULL,
    "ünï" "my type",
    plain_default DEFAULT abc,
    quoted_default TEXT DEFAULT "dq",
    expr_default INTEGER DEFAULT (1 + 2),
    nested_default INTEGER DEFAULT ((7)),
    time_default TEXT DEFAULT (CURRENT_TIMESTAMP),
    negative REAL DEFAULT -0.5,
    blob_default BLOB DEFAULT x'00ff',
    spaced DECIMAL ( 10 , 3 ),
    untyped,
    UNIQUE ("Mixed Case", "ünï"),
    CHECK (negative < 1),
    CONSTRAINT "we""ird check" CHECK ("select" <> 0)
);
CREATE INDEX "idx ""q""" ON "we""ird `name` [x]" ("select" DESC, lower("ünï") COLLATE NOCASE, "Mixed Case" COLLATE BINARY)
    WHERE negative IS NOT NULL;
CREATE TABLE table_level_key (id INTEGER, v TEXT COLLATE NOCASE, PRIMARY KEY (id));
CREATE INDEX table_level_key_v ON table_level_key (v COLLATE BINARY);
CREATE TABLE table_level_autoincrement (id INTEGER, PRIMARY KEY (id AUTOINCREMENT));
CREATE TABLE int_key (id INT PRIMARY KEY, v);
CREATE TABLE no_key_parent (a);
CREATE TABLE refs (
    id INTEGER PRIMARY KEY,
    parent INTEGER REFERENCES refs,
    other REFERENCES missing_table (x) ON UPDATE RESTRICT DEFERRABLE,
    loose REFERENCES no_key_parent,
    a, b,
    FOREIGN KEY (a) REFERENCES int_key (id) ON DELETE SET DEFAULT,
    FOREIGN KEY (a) REFERENCES table_level_key (id) NOT DEFERRABLE,
    CONSTRAINT refs_b_fkey FOREIGN KEY (b) REFERENCES refs (id),
    FOREIGN KEY (b) REFERENCES int_key
);
CREATE TABLE both_options (a INTEGER PRIMARY KEY, b ANY NOT NULL DEFAULT 0) WITHOUT ROWID, STRICT;
CREATE VIRTUAL TABLE docs USING fts5(title, body);
CREATE VIEW dupes AS SELECT 1 AS a, 2 AS a;
CREATE VIEW broken AS SELECT * FROM gone;
CREATE VIEW commented AS SELECT v FROM table_level_key -- a comment at the end
;
CREATE TRIGGER "trig ""q""" AFTER INSERT ON table_level_key
BEGIN
    UPDATE table_level_key SET v = upper(new.v) WHERE id = new.id; -- inside
END;
