-- Parity migration script: turns golden_postgres_f into golden_postgres_t.
-- FROM: golden_postgres_f
-- TO:   golden_postgres_t
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards:
--   high   public.select.drop me; now drops the column and its values: 2 values
--   low    public.select.from adds unique constraint uq select.from over values that may repeat: the change fails while any do: 0 duplicated values
--   low    public.Ünïcødé täble.fk "to" select adds a foreign key to select: rows that point at nothing make the change fail: 0 orphan rows
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.

-- Outside the transaction: a new enum label cannot be used in the transaction that adds it.
ALTER TYPE "public"."Mood ""Type""" ADD VALUE IF NOT EXISTS 'très bien' AFTER 'happy';

-- Outside the transaction: a new enum label cannot be used in the transaction that adds it.
ALTER TYPE "public"."Mood ""Type""" ADD VALUE IF NOT EXISTS 'don''t ask' AFTER 'so "so"';

BEGIN;

DROP VIEW "public"."view of ""select""";

ALTER TABLE "public"."Ünïcødé täble" DROP CONSTRAINT "fk ""to"" select";

DROP INDEX "public"."idx on ""from""";

CREATE TABLE "public"."group" (
    "user" integer NOT NULL,
    "Select" text
);

-- IRREVERSIBLE: the column's values are gone once this runs; the backup is the way back.
ALTER TABLE "public"."select" DROP COLUMN "drop me; now";

ALTER TABLE "public"."select" ALTER COLUMN "User Name" TYPE character varying(80);

ALTER TABLE "public"."select" ADD COLUMN "order" text;

ALTER TABLE "public"."select" ADD COLUMN "Quote""d col" integer DEFAULT 7 NOT NULL;

ALTER TABLE "public"."select" ADD CONSTRAINT "uq select.from" UNIQUE ("from");

ALTER TABLE "public"."select" ADD CONSTRAINT "chk: ""MixedCase"" >= 0" CHECK ("MixedCase" >= 0);

CREATE INDEX "ïdx naïve" ON "public"."Ünïcødé täble" USING "btree" ("naïve column");

ALTER TABLE "public"."Ünïcødé täble" ADD CONSTRAINT "fk ""to"" select" FOREIGN KEY ("select_id") REFERENCES "public"."select" ("id") ON DELETE CASCADE;

ALTER TABLE "public"."group" ADD CONSTRAINT "fk; DROP TABLE ""select""; --" FOREIGN KEY ("user") REFERENCES "public"."select" ("id");

CREATE VIEW "public"."view of ""select""" ("id", "from", "mood", "order") AS
SELECT "select".id,
    "select"."from",
    "select".mood,
    "select"."order"
   FROM "select";

CREATE VIEW "public"."Ünïcødé view" ("id", "from", "naïve column") AS
SELECT v.id,
    v."from",
    u."naïve column"
   FROM ("view of ""select""" v
     JOIN "Ünïcødé täble" u ON ((u.select_id = v.id)));

COMMIT;
