.bail on

-- Parity migration script: turns golden_sqlite_f into golden_sqlite_t.
-- FROM: golden_sqlite_f
-- TO:   golden_sqlite_t
-- Planned: (time) by Parity (version)
-- Run with: sqlite3 DATABASE < FILE
-- Hazards:
--   low    main.items.name sets NOT NULL on a column that may hold NULLs: the change fails while any do: 0 NULLs
--   low    main.items.qty sets NOT NULL on a column that may hold NULLs: the change fails while any do: 0 NULLs
--   low    main.items rebuilt: copied into a new table; the table is locked while it runs: 3 rows

PRAGMA foreign_keys = OFF;

BEGIN;

-- SQLite changes a table by rebuilding it: a new table, the rows copied, the old one dropped, the new one renamed.
CREATE TABLE "parity_new_items" (
    "id" INTEGER PRIMARY KEY,
    "name" TEXT NOT NULL,
    "qty" INTEGER NOT NULL DEFAULT 1,
    "price" REAL DEFAULT 9.99,
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
