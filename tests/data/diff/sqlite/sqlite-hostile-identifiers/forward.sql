.bail on

-- Parity migration script: turns golden_sqlite_f into golden_sqlite_t.
-- FROM: golden_sqlite_f
-- TO:   golden_sqlite_t
-- Planned: (time) by Parity (version)
-- Run with: sqlite3 DATABASE < FILE
-- Hazards:
--   high   main.select.drop me; now drops the column and its values: 2 values
--   low    main.select.from adds unique constraint uq select.from over values that may repeat: the change fails while any do: 0 duplicated values
--   low    main.select rebuilt: copied into a new table; the table is locked while it runs: 3 rows
--   low    main.Ünïcødé täble rebuilt: copied into a new table; the table is locked while it runs: 2 rows
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.

PRAGMA foreign_keys = OFF;

BEGIN;

DROP VIEW "view of ""select""";

CREATE TABLE "group" (
    "user" INTEGER NOT NULL CONSTRAINT "fk; DROP TABLE ""select""; --" REFERENCES "select" ("id"),
    "Select" TEXT
);

-- IRREVERSIBLE: SQLite changes a table by rebuilding it: a new table, the rows copied, the old one dropped, the new one renamed. The values of drop me; now are not copied; the backup is the way back.
CREATE TABLE "parity_new_select" (
    "id" INTEGER PRIMARY KEY,
    "from" TEXT NOT NULL,
    "order" TEXT DEFAULT 'it''s "new"',
    "User Name" VARCHAR(80),
    "MixedCase" INTEGER DEFAULT 0 CONSTRAINT "chk: ""MixedCase"" >= 0" CHECK ("MixedCase" >= 0),
    "mood" TEXT NOT NULL DEFAULT 'it''s fine' CONSTRAINT "mood ""labels""" CHECK ("mood" IN ('happy', 'très bien', 'it''s fine', 'so "so"', 'don''t ask')),
    "Quote""d col" INTEGER NOT NULL DEFAULT 7,
    CONSTRAINT "uq select.from" UNIQUE ("from")
);

INSERT INTO "parity_new_select" ("id", "from", "User Name", "MixedCase", "mood")
SELECT "id", "from", "User Name", "MixedCase", "mood" FROM "select";

DROP TABLE "select";

ALTER TABLE "parity_new_select" RENAME TO "select";

-- SQLite changes a table by rebuilding it: a new table, the rows copied, the old one dropped, the new one renamed.
CREATE TABLE "parity_new_Ünïcødé täble" (
    "ключ" INTEGER PRIMARY KEY,
    "select_id" INTEGER CONSTRAINT "fk ""to"" select" REFERENCES "select" ("id") ON DELETE CASCADE,
    "naïve column" TEXT
);

INSERT INTO "parity_new_Ünïcødé täble" ("ключ", "select_id", "naïve column")
SELECT "ключ", "select_id", "naïve column" FROM "Ünïcødé täble";

DROP TABLE "Ünïcødé täble";

ALTER TABLE "parity_new_Ünïcødé täble" RENAME TO "Ünïcødé täble";

CREATE INDEX "ïdx naïve" ON "Ünïcødé täble" ("naïve column");

CREATE VIEW "view of ""select""" AS
SELECT "id", "from", "mood", "order" FROM "select";

CREATE VIEW "Ünïcødé view" AS
SELECT v."id", v."from", u."naïve column"
    FROM "view of ""select""" v JOIN "Ünïcødé täble" u ON u."select_id" = v."id";

CREATE TRIGGER "trg ""group"" insert" AFTER INSERT ON "group"
BEGIN
    UPDATE "select" SET "MixedCase" = "MixedCase" + 1 WHERE "id" = NEW."user";
END;

-- Every foreign key must still hold: a broken one stops the script before COMMIT.
CREATE TEMP TABLE "parity_foreign_key_check" (broken_rows INTEGER CHECK (broken_rows = 0));

INSERT INTO "parity_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE "parity_foreign_key_check";

COMMIT;
