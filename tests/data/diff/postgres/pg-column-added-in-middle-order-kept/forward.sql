-- Parity migration script: turns golden_postgres_f into golden_postgres_t.
-- FROM: golden_postgres_f
-- TO:   golden_postgres_t
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none
-- Note: public.people.middle_name is added after the columns public.people has: PostgreSQL cannot place a column.

BEGIN;

ALTER TABLE "public"."people" ADD COLUMN "middle_name" text;

COMMIT;
