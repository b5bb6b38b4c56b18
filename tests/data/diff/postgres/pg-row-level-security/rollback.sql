-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards (not measured: they depend on the data when the rollback runs):
--   high   public.neu drops the table and its rows
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.

BEGIN;

ALTER TABLE "public"."Mandanten Daten" DISABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."Mandanten Daten" NO FORCE ROW LEVEL SECURITY;

ALTER TABLE "public"."open" ENABLE ROW LEVEL SECURITY;

-- IRREVERSIBLE: drops public.neu and whatever was written to it since the forward script ran.
DROP TABLE "public"."neu";

COMMIT;
