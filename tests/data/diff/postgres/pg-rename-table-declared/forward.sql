-- Parity migration script: turns golden_postgres_f into golden_postgres_t.
-- FROM: golden_postgres_f
-- TO:   golden_postgres_t
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none

BEGIN;

-- Declared rename: customers becomes clients, its rows kept.
ALTER TABLE "public"."customers" RENAME TO "clients";

ALTER SEQUENCE "public"."customers_id_seq" RENAME TO "clients_id_seq";

ALTER TABLE "public"."clients" RENAME CONSTRAINT "customers_pkey" TO "clients_pkey";

ALTER TABLE "public"."clients" RENAME CONSTRAINT "customers_email_key" TO "clients_email_key";

ALTER INDEX "public"."customers_name_idx" RENAME TO "clients_name_idx";

COMMIT;
