-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards (not measured: they depend on the data when the rollback runs):
--   high   public.select.mood removes the labels très bien, don't ask that rows may still hold
--   high   public.group drops the table and its rows
--   high   public.select.Quote"d col drops the column and its values
--   high   public.select.order drops the column and its values
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.

BEGIN;

DROP VIEW "public"."Ünïcødé view";

DROP VIEW "public"."view of ""select""";

ALTER TABLE "public"."group" DROP CONSTRAINT "fk; DROP TABLE ""select""; --";

ALTER TABLE "public"."Ünïcødé täble" DROP CONSTRAINT "fk ""to"" select";

DROP INDEX "public"."ïdx naïve";

ALTER TABLE "public"."select" DROP CONSTRAINT "uq select.from";

ALTER TABLE "public"."select" DROP CONSTRAINT "chk: ""MixedCase"" >= 0";

-- Labels are removed or reordered: the type is created anew and its columns move over.
ALTER TYPE "public"."Mood ""Type""" RENAME TO "Mood ""Type""__parity_old";

CREATE TYPE "public"."Mood ""Type""" AS ENUM ('happy', 'it''s fine', 'so "so"');

ALTER TABLE "public"."select" ALTER COLUMN "mood" DROP DEFAULT;

ALTER TABLE "public"."select" ALTER COLUMN "mood" TYPE "Mood ""Type""" USING "mood"::text::"Mood ""Type""";

ALTER TABLE "public"."select" ALTER COLUMN "mood" SET DEFAULT 'it''s fine'::"Mood ""Type""";

-- IRREVERSIBLE: drops public.select.Quote"d col and whatever was written to it since the forward script ran.
ALTER TABLE "public"."select" DROP COLUMN "Quote""d col";

-- IRREVERSIBLE: drops public.select.order and whatever was written to it since the forward script ran.
ALTER TABLE "public"."select" DROP COLUMN "order";

ALTER TABLE "public"."select" ALTER COLUMN "User Name" TYPE character varying(40);

-- IRREVERSIBLE: the forward script dropped column public.select.drop me; now (2 values); it comes back empty. Restore its values from the backup.
ALTER TABLE "public"."select" ADD COLUMN "drop me; now" text;

-- IRREVERSIBLE: drops public.group and whatever was written to it since the forward script ran.
DROP TABLE "public"."group";

CREATE INDEX "idx on ""from""" ON "public"."select" USING "btree" ("from");

ALTER TABLE "public"."Ünïcødé täble" ADD CONSTRAINT "fk ""to"" select" FOREIGN KEY ("select_id") REFERENCES "public"."select" ("id");

CREATE VIEW "public"."view of ""select""" ("id", "from", "mood") AS
SELECT "select".id,
    "select"."from",
    "select".mood
   FROM "select";

DROP TYPE "public"."Mood ""Type""__parity_old";

COMMIT;
