-- Parity migration script: turns golden_postgres_f into golden_postgres_t.
-- FROM: golden_postgres_f
-- TO:   golden_postgres_t
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards:
--   high   public.Mandanten Daten.alt drops the column and its values: 1 value
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.

BEGIN;

DROP POLICY "alte Spalte" ON "public"."Mandanten Daten";

DROP POLICY "nur eigene" ON "public"."Mandanten Daten";

DROP POLICY "select" ON "public"."Mandanten Daten";

CREATE TABLE "public"."neu" (
    "id" integer NOT NULL,
    "Wer" text,
    CONSTRAINT "neu_pkey" PRIMARY KEY ("id")
);

-- IRREVERSIBLE: the column's values are gone once this runs; the backup is the way back.
ALTER TABLE "public"."Mandanten Daten" DROP COLUMN "alt";

CREATE POLICY "nur eigene" ON "public"."Mandanten Daten" USING ("darf sehen"(mandant)) WITH CHECK ((mandant <> ''::text));

CREATE POLICY "select" ON "public"."Mandanten Daten" FOR UPDATE USING (true);

CREATE POLICY "Einfügen erlaubt" ON "public"."neu" AS RESTRICTIVE FOR INSERT TO "parity" WITH CHECK (("Wer" = CURRENT_USER));

COMMIT;
