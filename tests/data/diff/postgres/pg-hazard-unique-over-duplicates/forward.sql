-- Parity migration script: turns golden_postgres_f into golden_postgres_t.
-- FROM: golden_postgres_f
-- TO:   golden_postgres_t
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards:
--   high   public.accounts.email adds unique constraint accounts_email_key over values that may repeat: the change fails while any do: 2 duplicated values (e.g. a@example.com ×2, b@example.com ×2)

BEGIN;

ALTER TABLE "public"."accounts" ADD CONSTRAINT "accounts_email_key" UNIQUE ("email");

COMMIT;
