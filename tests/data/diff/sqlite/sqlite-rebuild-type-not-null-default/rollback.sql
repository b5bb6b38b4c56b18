.bail on

-- Parity rollback script: turns golden_sqlite_t back into golden_sqlite_f.
-- FROM: golden_sqlite_t
-- TO:   golden_sqlite_f
-- Planned: (time) by Parity (version)
-- Run with: sqlite3 DATABASE < FILE
-- Hazards: none

PRAGMA foreign_keys = OFF;

BEGIN;

-- SQLite changes a table by rebuilding it: a new table, the rows copied, the old one dropped, the new one renamed.
CREATE TABLE "parity_new_items" (
    "id" INTEGER PRIMARY KEY,
    "name" TEXT,
    "qty" TEXT,
    "price" REAL DEFAULT 0,
    "added_at" TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

INSERT INTO "parity_new_items" ("id", "name", "qty", "price", "added_at")
SELECT "id", "name", "qty", "price", "added_at" FROM "items";

DROP TABLE "items";

ALTER TABLE "parity_new_items" RENAME TO "items";

CREATE INDEX "items_name_idx" ON "items" ("name");

-- Every foreign key must still hold: a broken one stops the script before COMMIT.
CREATE TEMP TABLE "parity_foreign_key_check" (broken_rows INTEGER CHECK (broken_rows = 0));

INSERT INTO "parity_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE "parity_foreign_key_check";

COMMIT;
