-- Parity migration script: turns golden_postgres_f into golden_postgres_t.
-- FROM: golden_postgres_f
-- TO:   golden_postgres_t
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards:
--   high   public.customers.phone sets NOT NULL on a column that may hold NULLs: the change fails while any do: 2 NULLs

BEGIN;

ALTER TABLE "public"."customers" ALTER COLUMN "phone" SET NOT NULL;

COMMIT;
