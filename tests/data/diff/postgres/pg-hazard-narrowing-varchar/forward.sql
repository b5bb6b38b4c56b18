-- Parity migration script: turns golden_postgres_f into golden_postgres_t.
-- FROM: golden_postgres_f
-- TO:   golden_postgres_t
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards:
--   high   public.products.code narrows the type from character varying(50) to character varying(5): values that do not fit make the change fail or are cut: 2 values that do not fit
--   low    public.products changes the type of code, which rewrites every row; the table is locked while it runs: 4 rows

BEGIN;

ALTER TABLE "public"."products" ALTER COLUMN "code" TYPE character varying(5);

COMMIT;
