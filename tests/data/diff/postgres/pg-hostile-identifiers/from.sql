-- Hostile identifiers (quotes, spaces, reserved words, mixed case, unicode, a semicolon) in tables, columns,
-- constraints, indexes, enum labels and views: every name in both scripts must be quoted exactly once and every
-- label written as a correctly escaped literal, or the scripts fail or touch the wrong object.
CREATE TYPE "Mood ""Type""" AS ENUM ('happy', 'it''s fine', 'so "so"');

CREATE TABLE "select" (
    "id" integer CONSTRAINT "pk of ""select""" PRIMARY KEY,
    "from" text NOT NULL,
    "User Name" varchar(40),
    "MixedCase" integer DEFAULT 0,
    "mood" "Mood ""Type""" NOT NULL DEFAULT 'it''s fine',
    "drop me; now" text
);

CREATE INDEX "idx on ""from""" ON "select" ("from");

CREATE TABLE "Ünïcødé täble" (
    "ключ" integer PRIMARY KEY,
    "select_id" integer CONSTRAINT "fk ""to"" select" REFERENCES "select" ("id"),
    "naïve column" text
);

INSERT INTO "select" ("id", "from", "User Name", "MixedCase", "mood", "drop me; now") VALUES
    (1, 'O''Brien', 'Seán', 1, 'happy', 'x'),
    (2, 'a "quoted" value', NULL, 2, 'so "so"', NULL),
    (3, 'plain', 'Zoë', 3, 'it''s fine', 'y');
INSERT INTO "Ünïcødé täble" ("ключ", "select_id", "naïve column") VALUES (10, 1, 'café'), (20, 3, 'naïve');

CREATE VIEW "view of ""select""" AS
    SELECT "id", "from", "mood" FROM "select";
