.bail on

-- Parity migration script: turns golden_sqlite_f into golden_sqlite_t.
-- FROM: golden_sqlite_f
-- TO:   golden_sqlite_t
-- Planned: (time) by Parity (version)
-- Run with: sqlite3 DATABASE < FILE
-- Hazards:
--   low    main.authors.name sets NOT NULL on a column that may hold NULLs: the change fails while any do: 0 NULLs
--   low    main.authors rebuilt: copied into a new table; the table is locked while it runs: 2 rows

PRAGMA foreign_keys = OFF;

BEGIN;

-- SQLite changes a table by rebuilding it: a new table, the rows copied, the old one dropped, the new one renamed.
CREATE TABLE "parity_new_authors" (
    "id" INTEGER PRIMARY KEY,
    "name" TEXT NOT NULL CHECK (length(name) > 0)
);

INSERT INTO "parity_new_authors" ("id", "name")
SELECT "id", "name" FROM "authors";

DROP TABLE "authors";

ALTER TABLE "parity_new_authors" RENAME TO "authors";

-- Every foreign key must still hold: a broken one stops the script before COMMIT.
CREATE TEMP TABLE "parity_foreign_key_check" (broken_rows INTEGER CHECK (broken_rows = 0));

INSERT INTO "parity_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE "parity_foreign_key_check";

COMMIT;
