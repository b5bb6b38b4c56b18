CREATE TABLE "select" (
    "id" INTEGER PRIMARY KEY,
    "from" TEXT NOT NULL,
    "order" TEXT DEFAULT 'it''s "new"',
    "User Name" VARCHAR(80),
    "MixedCase" INTEGER DEFAULT 0 CONSTRAINT "chk: ""MixedCase"" >= 0" CHECK ("MixedCase" >= 0),
    "mood" TEXT NOT NULL DEFAULT 'it''s fine' CONSTRAINT "mood ""labels""" CHECK ("mood" IN ('happy', 'très bien', 'it''s fine', 'so "so"', 'don''t ask')),
    "Quote""d col" INTEGER NOT NULL DEFAULT 7,
    CONSTRAINT "uq select.from" UNIQUE ("from")
);

CREATE TABLE "Ünïcødé täble" (
    "ключ" INTEGER PRIMARY KEY,
    "select_id" INTEGER CONSTRAINT "fk ""to"" select" REFERENCES "select" ("id") ON DELETE CASCADE,
    "naïve column" TEXT
);

CREATE INDEX "ïdx naïve" ON "Ünïcødé täble" ("naïve column");

CREATE TABLE "group" (
    "user" INTEGER NOT NULL CONSTRAINT "fk; DROP TABLE ""select""; --" REFERENCES "select" ("id"),
    "Select" TEXT
);

CREATE TRIGGER "trg ""group"" insert" AFTER INSERT ON "group"
BEGIN
    UPDATE "select" SET "MixedCase" = "MixedCase" + 1 WHERE "id" = NEW."user";
END;

CREATE VIEW "view of ""select""" AS SELECT "id", "from", "mood", "order" FROM "select";

CREATE VIEW "Ünïcødé view" AS
    SELECT v."id", v."from", u."naïve column"
    FROM "view of ""select""" v JOIN "Ünïcødé täble" u ON u."select_id" = v."id";
