-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none

BEGIN;

ALTER TABLE "public"."products" ALTER COLUMN "code" TYPE character varying(50);

COMMIT;
