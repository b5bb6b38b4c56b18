-- Hostile identifiers (quotes, spaces, reserved words, mixed case, unicode, a semicolon) in tables, columns,
-- constraints, indexes, a trigger and views, with a rebuild of the hostile table: every name must be quoted exactly
-- once in the rebuild's CREATE, INSERT ... SELECT column lists, RENAME and the recreated objects.
CREATE TABLE "select" (
    "id" INTEGER PRIMARY KEY,
    "from" TEXT NOT NULL,
    "User Name" VARCHAR(40),
    "MixedCase" INTEGER DEFAULT 0,
    "mood" TEXT NOT NULL DEFAULT 'it''s fine' CONSTRAINT "mood ""labels""" CHECK ("mood" IN ('happy', 'it''s fine', 'so "so"')),
    "drop me; now" TEXT
);

CREATE INDEX "idx on ""from""" ON "select" ("from");

CREATE TABLE "Ünïcødé täble" (
    "ключ" INTEGER PRIMARY KEY,
    "select_id" INTEGER CONSTRAINT "fk ""to"" select" REFERENCES "select" ("id"),
    "naïve column" TEXT
);

INSERT INTO "select" ("id", "from", "User Name", "MixedCase", "mood", "drop me; now") VALUES
    (1, 'O''Brien', 'Seán', 1, 'happy', 'x'),
    (2, 'a "quoted" value', NULL, 2, 'so "so"', NULL),
    (3, 'plain', 'Zoë', 3, 'it''s fine', 'y');
INSERT INTO "Ünïcødé täble" ("ключ", "select_id", "naïve column") VALUES (10, 1, 'café'), (20, 3, 'naïve');

CREATE VIEW "view of ""select""" AS SELECT "id", "from", "mood" FROM "select";
