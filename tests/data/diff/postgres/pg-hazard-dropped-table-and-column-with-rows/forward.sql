-- Parity migration script: turns golden_postgres_f into golden_postgres_t.
-- FROM: golden_postgres_f
-- TO:   golden_postgres_t
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards:
--   high   public.audit_log drops the table and its rows: 5 rows
--   high   public.users.legacy_code drops the column and its values: 2 values
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.

BEGIN;

ALTER TABLE "public"."audit_log" DROP CONSTRAINT "audit_log_user_id_fkey";

-- IRREVERSIBLE: the column's values are gone once this runs; the backup is the way back.
ALTER TABLE "public"."users" DROP COLUMN "legacy_code";

-- IRREVERSIBLE: the table's rows are gone once this runs; the backup is the way back.
DROP TABLE "public"."audit_log";

COMMIT;
