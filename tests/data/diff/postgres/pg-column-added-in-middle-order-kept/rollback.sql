-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards (not measured: they depend on the data when the rollback runs):
--   high   public.people.middle_name drops the column and its values
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.

BEGIN;

-- IRREVERSIBLE: drops public.people.middle_name and whatever was written to it since the forward script ran.
ALTER TABLE "public"."people" DROP COLUMN "middle_name";

COMMIT;
