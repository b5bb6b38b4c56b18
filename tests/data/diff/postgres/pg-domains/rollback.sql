-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards (not measured: they depend on the data when the rollback runs):
--   high   public.kunde.rabatt drops the column and its values
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.

BEGIN;

ALTER DOMAIN "public"."Postleitzahl ü" DROP CONSTRAINT "nicht 00000";

ALTER DOMAIN "public"."Postleitzahl ü" DROP NOT NULL;

COMMENT ON DOMAIN "public"."Postleitzahl ü" IS NULL;

ALTER DOMAIN "public"."order" SET DEFAULT 1;

-- The base type or collation changes: the domain is created anew and its columns move over.
ALTER DOMAIN "public"."betrag" RENAME TO "betrag__parity_old";

CREATE DOMAIN "public"."betrag" AS numeric(8,2) CONSTRAINT "betrag_check" CHECK ((VALUE >= (0)::numeric));

ALTER TABLE "public"."kunde" ALTER COLUMN "summe" DROP DEFAULT;

ALTER TABLE "public"."kunde" ALTER COLUMN "summe" TYPE betrag USING "summe"::text::betrag;

ALTER TABLE "public"."kunde" ALTER COLUMN "summe" SET DEFAULT 0;

-- The base type or collation changes: the domain is created anew and its columns move over.
ALTER DOMAIN "public"."Stufe" RENAME TO "Stufe__parity_old";

CREATE DOMAIN "public"."Stufe" AS betrag DEFAULT 1;

ALTER TABLE "public"."kunde" ALTER COLUMN "stufe" TYPE "Stufe" USING "stufe"::text::"Stufe";

CREATE DOMAIN "public"."veraltet" AS text;

-- IRREVERSIBLE: drops public.kunde.rabatt and whatever was written to it since the forward script ran.
ALTER TABLE "public"."kunde" DROP COLUMN "rabatt";

DROP DOMAIN "public"."Abgeleitet";

DROP DOMAIN "public"."Stufe__parity_old";

DROP DOMAIN "public"."betrag__parity_old";

COMMIT;
