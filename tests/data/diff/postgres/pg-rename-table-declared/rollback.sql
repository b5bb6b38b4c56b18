-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none

BEGIN;

-- Declared rename: clients becomes customers, its rows kept.
ALTER TABLE "public"."clients" RENAME TO "customers";

ALTER SEQUENCE "public"."clients_id_seq" RENAME TO "customers_id_seq";

ALTER TABLE "public"."customers" RENAME CONSTRAINT "clients_pkey" TO "customers_pkey";

ALTER TABLE "public"."customers" RENAME CONSTRAINT "clients_email_key" TO "customers_email_key";

ALTER INDEX "public"."clients_name_idx" RENAME TO "customers_name_idx";

COMMIT;
