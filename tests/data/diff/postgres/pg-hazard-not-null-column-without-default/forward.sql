-- Parity migration script: turns golden_postgres_f into golden_postgres_t.
-- FROM: golden_postgres_f
-- TO:   golden_postgres_t
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards:
--   high   public.invoices.currency adds a NOT NULL column without a default to a table with rows: the existing rows have no value for it, so the change fails: 3 rows

BEGIN;

ALTER TABLE "public"."invoices" ADD COLUMN "currency" character(3) NOT NULL;

COMMIT;
