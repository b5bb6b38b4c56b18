.bail on

-- Parity migration script: turns golden_sqlite_f into golden_sqlite_t.
-- FROM: golden_sqlite_f
-- TO:   golden_sqlite_t
-- Planned: (time) by Parity (version)
-- Run with: sqlite3 DATABASE < FILE
-- Hazards:
--   low    main.Nutzer rebuilt: copied into a new table; the table is locked while it runs: 1 row
--   low    main.bestellung rebuilt: copied into a new table; the table is locked while it runs: 1 row

PRAGMA foreign_keys = OFF;

BEGIN;

-- SQLite changes a table by rebuilding it: a new table, the rows copied, the old one dropped, the new one renamed.
CREATE TABLE "parity_new_Nutzer" (
    "id" INTEGER PRIMARY KEY,
    "größe" INTEGER,
    "größe in m" AS ("größe" / 100.0)
);

INSERT INTO "parity_new_Nutzer" ("id", "größe")
SELECT "id", "größe" FROM "Nutzer";

DROP TABLE "Nutzer";

ALTER TABLE "parity_new_Nutzer" RENAME TO "Nutzer";

-- SQLite changes a table by rebuilding it: a new table, the rows copied, the old one dropped, the new one renamed.
CREATE TABLE "parity_new_bestellung" (
    "id" INTEGER PRIMARY KEY,
    "nutzer" INTEGER REFERENCES "NUTZER" ("id"),
    "menge" INTEGER,
    "doppelt" INTEGER AS (menge * 2)
);

INSERT INTO "parity_new_bestellung" ("id", "nutzer", "menge")
SELECT "id", "nutzer", "menge" FROM "bestellung";

DROP TABLE "bestellung";

ALTER TABLE "parity_new_bestellung" RENAME TO "bestellung";

-- Every foreign key must still hold: a broken one stops the script before COMMIT.
CREATE TEMP TABLE "parity_foreign_key_check" (broken_rows INTEGER CHECK (broken_rows = 0));

INSERT INTO "parity_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE "parity_foreign_key_check";

COMMIT;
