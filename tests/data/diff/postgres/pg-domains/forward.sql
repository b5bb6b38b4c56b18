-- Parity migration script: turns golden_postgres_f into golden_postgres_t.
-- FROM: golden_postgres_f
-- TO:   golden_postgres_t
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none

BEGIN;

ALTER DOMAIN "public"."Postleitzahl ü" ADD CONSTRAINT "nicht 00000" CHECK ((VALUE <> '00000'::text));

ALTER DOMAIN "public"."Postleitzahl ü" SET NOT NULL;

COMMENT ON DOMAIN "public"."Postleitzahl ü" IS 'deutsche Postleitzahl';

ALTER DOMAIN "public"."order" SET DEFAULT 7;

-- The base type or collation changes: the domain is created anew and its columns move over.
ALTER DOMAIN "public"."betrag" RENAME TO "betrag__parity_old";

CREATE DOMAIN "public"."betrag" AS numeric(12,2) CONSTRAINT "betrag_check" CHECK ((VALUE >= (0)::numeric));

ALTER TABLE "public"."kunde" ALTER COLUMN "summe" DROP DEFAULT;

ALTER TABLE "public"."kunde" ALTER COLUMN "summe" TYPE betrag USING "summe"::text::betrag;

ALTER TABLE "public"."kunde" ALTER COLUMN "summe" SET DEFAULT 0;

-- The base type or collation changes: the domain is created anew and its columns move over.
ALTER DOMAIN "public"."Stufe" RENAME TO "Stufe__parity_old";

CREATE DOMAIN "public"."Stufe" AS betrag DEFAULT 2;

ALTER TABLE "public"."kunde" ALTER COLUMN "stufe" TYPE "Stufe" USING "stufe"::text::"Stufe";

CREATE DOMAIN "public"."Abgeleitet" AS betrag CONSTRAINT "Abgeleitet_check" CHECK (((VALUE)::numeric < (1000000)::numeric));

ALTER TABLE "public"."kunde" ADD COLUMN "rabatt" "Abgeleitet";

DROP DOMAIN "public"."veraltet";

DROP DOMAIN "public"."Stufe__parity_old";

DROP DOMAIN "public"."betrag__parity_old";

COMMIT;
