-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards (not measured: they depend on the data when the rollback runs):
--   high   public.neu drops the table and its rows
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.

BEGIN;

DROP POLICY "nur eigene" ON "public"."Mandanten Daten";

DROP POLICY "select" ON "public"."Mandanten Daten";

-- IRREVERSIBLE: the forward script dropped column public.Mandanten Daten.alt (1 value); it comes back empty. Restore its values from the backup.
ALTER TABLE "public"."Mandanten Daten" ADD COLUMN "alt" text;

-- IRREVERSIBLE: drops public.neu and whatever was written to it since the forward script ran.
DROP TABLE "public"."neu";

CREATE POLICY "alte Spalte" ON "public"."Mandanten Daten" FOR SELECT USING ((alt IS NOT NULL));

CREATE POLICY "nur eigene" ON "public"."Mandanten Daten" USING ("darf sehen"(mandant));

CREATE POLICY "select" ON "public"."Mandanten Daten" AS RESTRICTIVE FOR UPDATE TO "parity" USING (true);

COMMIT;
