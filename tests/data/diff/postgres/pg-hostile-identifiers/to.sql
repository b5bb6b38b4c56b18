CREATE TYPE "Mood ""Type""" AS ENUM ('happy', 'très bien', 'it''s fine', 'so "so"', 'don''t ask');

CREATE TABLE "select" (
    "id" integer CONSTRAINT "pk of ""select""" PRIMARY KEY,
    "from" text NOT NULL,
    "User Name" varchar(80),
    "MixedCase" integer DEFAULT 0,
    "mood" "Mood ""Type""" NOT NULL DEFAULT 'it''s fine',
    "order" text,
    "Quote""d col" integer NOT NULL DEFAULT 7,
    CONSTRAINT "chk: ""MixedCase"" >= 0" CHECK ("MixedCase" >= 0),
    CONSTRAINT "uq select.from" UNIQUE ("from")
);

CREATE TABLE "Ünïcødé täble" (
    "ключ" integer PRIMARY KEY,
    "select_id" integer CONSTRAINT "fk ""to"" select" REFERENCES "select" ("id") ON DELETE CASCADE,
    "naïve column" text
);

CREATE INDEX "ïdx naïve" ON "Ünïcødé täble" ("naïve column");

CREATE TABLE "group" (
    "user" integer NOT NULL,
    "Select" text,
    CONSTRAINT "fk; DROP TABLE ""select""; --" FOREIGN KEY ("user") REFERENCES "select" ("id")
);

CREATE VIEW "view of ""select""" AS
    SELECT "id", "from", "mood", "order" FROM "select";

CREATE VIEW "Ünïcødé view" AS
    SELECT v."id", v."from", u."naïve column"
    FROM "view of ""select""" v JOIN "Ünïcødé täble" u ON u."select_id" = v."id";
