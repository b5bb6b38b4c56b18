.bail on

-- Parity rollback script: turns golden_sqlite_t back into golden_sqlite_f.
-- FROM: golden_sqlite_t
-- TO:   golden_sqlite_f
-- Planned: (time) by Parity (version)
-- Run with: sqlite3 DATABASE < FILE
-- Hazards (not measured: they depend on the data when the rollback runs):
--   high   main.group drops the table and its rows
--   high   main.select.order drops the column and its values
--   high   main.select.Quote"d col drops the column and its values
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.

PRAGMA foreign_keys = OFF;

BEGIN;

DROP TRIGGER "trg ""group"" insert";

DROP VIEW "Ünïcødé view";

DROP VIEW "view of ""select""";

-- IRREVERSIBLE: the forward script dropped column main.select.drop me; now (2 values); it comes back empty. Restore its values from the backup.
-- SQLite changes a table by rebuilding it: a new table, the rows copied, the old one dropped, the new one renamed.
CREATE TABLE "parity_new_select" (
    "id" INTEGER PRIMARY KEY,
    "from" TEXT NOT NULL,
    "User Name" VARCHAR(40),
    "MixedCase" INTEGER DEFAULT 0,
    "mood" TEXT NOT NULL DEFAULT 'it''s fine' CONSTRAINT "mood ""labels""" CHECK ("mood" IN ('happy', 'it''s fine', 'so "so"')),
    "drop me; now" TEXT
);

INSERT INTO "parity_new_select" ("id", "from", "User Name", "MixedCase", "mood")
SELECT "id", "from", "User Name", "MixedCase", "mood" FROM "select";

DROP TABLE "select";

ALTER TABLE "parity_new_select" RENAME TO "select";

-- SQLite changes a table by rebuilding it: a new table, the rows copied, the old one dropped, the new one renamed.
CREATE TABLE "parity_new_Ünïcødé täble" (
    "ключ" INTEGER PRIMARY KEY,
    "select_id" INTEGER CONSTRAINT "fk ""to"" select" REFERENCES "select" ("id"),
    "naïve column" TEXT
);

INSERT INTO "parity_new_Ünïcødé täble" ("ключ", "select_id", "naïve column")
SELECT "ключ", "select_id", "naïve column" FROM "Ünïcødé täble";

DROP TABLE "Ünïcødé täble";

ALTER TABLE "parity_new_Ünïcødé täble" RENAME TO "Ünïcødé täble";

-- IRREVERSIBLE: drops main.group and whatever was written to it since the forward script ran.
DROP TABLE "group";

CREATE INDEX "idx on ""from""" ON "select" ("from");

CREATE VIEW "view of ""select""" AS
SELECT "id", "from", "mood" FROM "select";

-- Every foreign key must still hold: a broken one stops the script before COMMIT.
CREATE TEMP TABLE "parity_foreign_key_check" (broken_rows INTEGER CHECK (broken_rows = 0));

INSERT INTO "parity_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE "parity_foreign_key_check";

COMMIT;
