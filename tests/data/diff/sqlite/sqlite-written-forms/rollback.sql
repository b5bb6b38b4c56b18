.bail on

-- Parity rollback script: turns golden_sqlite_t back into golden_sqlite_f.
-- FROM: golden_sqlite_t
-- TO:   golden_sqlite_f
-- Planned: (time) by Parity (version)
-- Run with: sqlite3 DATABASE < FILE
-- Hazards (not measured: they depend on the data when the rollback runs):
--   high   main.Lager Ort.ärger drops the column and its values
--   low    main.Lager Ort rebuilt: copied into a new table; the table is locked while it runs
--   low    main.Nutzer rebuilt: copied into a new table; the table is locked while it runs
--   low    main.bestellung rebuilt: copied into a new table; the table is locked while it runs
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.

PRAGMA foreign_keys = OFF;

BEGIN;

-- IRREVERSIBLE: the forward script dropped column main.Lager Ort.Ärger (1 value); it comes back empty. Restore its values from the backup.
-- SQLite changes a table by rebuilding it: a new table, the rows copied, the old one dropped, the new one renamed. The values of ärger are not copied; the backup is the way back.
CREATE TABLE "parity_new_Lager Ort" (
    "id" INTEGER PRIMARY KEY,
    "name" TEXT,
    "Ärger" TEXT
);

INSERT INTO "parity_new_Lager Ort" ("id", "name")
SELECT "id", "name" FROM "Lager Ort";

DROP TABLE "Lager Ort";

ALTER TABLE "parity_new_Lager Ort" RENAME TO "Lager Ort";

-- IRREVERSIBLE: SQLite changes a table by rebuilding it: a new table, the rows copied, the old one dropped, the new one renamed. The values of größe in m are not copied; the backup is the way back.
CREATE TABLE "parity_new_Nutzer" (
    "id" INTEGER PRIMARY KEY,
    "größe" INTEGER
);

INSERT INTO "parity_new_Nutzer" ("id", "größe")
SELECT "id", "größe" FROM "Nutzer";

DROP TABLE "Nutzer";

ALTER TABLE "parity_new_Nutzer" RENAME TO "Nutzer";

-- SQLite changes a table by rebuilding it: a new table, the rows copied, the old one dropped, the new one renamed.
CREATE TABLE "parity_new_bestellung" (
    "id" INTEGER PRIMARY KEY,
    "nutzer" INTEGER REFERENCES "Nutzer" ("id"),
    "menge" INTEGER,
    "doppelt" INTEGER GENERATED ALWAYS AS (menge * 2) VIRTUAL
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
