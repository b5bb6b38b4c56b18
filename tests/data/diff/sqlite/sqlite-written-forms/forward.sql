.bail on

-- Parity migration script: turns golden_sqlite_f into golden_sqlite_t.
-- FROM: golden_sqlite_f
-- TO:   golden_sqlite_t
-- Planned: (time) by Parity (version)
-- Run with: sqlite3 DATABASE < FILE
-- Hazards:
--   high   main.Lager Ort.Ärger drops the column and its values: 1 value
--   low    main.Lager Ort rebuilt: copied into a new table; the table is locked while it runs: 1 row
--   low    main.Nutzer rebuilt: copied into a new table; the table is locked while it runs: 1 row
--   low    main.bestellung rebuilt: copied into a new table; the table is locked while it runs: 1 row
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.

PRAGMA foreign_keys = OFF;

BEGIN;

-- IRREVERSIBLE: SQLite changes a table by rebuilding it: a new table, the rows copied, the old one dropped, the new one renamed. The values of Ärger are not copied; the backup is the way back.
CREATE TABLE "parity_new_Lager Ort" (
    "id" INTEGER PRIMARY KEY,
    "name" TEXT,
    "ärger" TEXT
);

INSERT INTO "parity_new_Lager Ort" ("id", "name")
SELECT "id", "name" FROM "Lager Ort";

DROP TABLE "Lager Ort";

ALTER TABLE "parity_new_Lager Ort" RENAME TO "Lager Ort";

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

ALTER TABLE "Lager Ort" RENAME COLUMN "name" TO "Name";

-- SQLite will not rename a table to its own name in other letter case: it goes by way of Lager Ort__parity_case.
ALTER TABLE "Lager Ort" RENAME TO "Lager Ort__parity_case";

ALTER TABLE "Lager Ort__parity_case" RENAME TO "LAGER ORT";

-- Every foreign key must still hold: a broken one stops the script before COMMIT.
CREATE TEMP TABLE "parity_foreign_key_check" (broken_rows INTEGER CHECK (broken_rows = 0));

INSERT INTO "parity_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE "parity_foreign_key_check";

COMMIT;
