-- Parity migration script: turns golden_postgres_f into golden_postgres_t.
-- FROM: golden_postgres_f
-- TO:   golden_postgres_t
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none

BEGIN;

ALTER TABLE "public"."Kunden" RENAME CONSTRAINT "pk ""old""" TO "Kunden_pkey";

ALTER TABLE "public"."Kunden" RENAME CONSTRAINT "uq mail" TO "select";

ALTER TABLE "public"."Kunden" RENAME CONSTRAINT "alter_check" TO "Älter ""nicht"" negativ";

ALTER TABLE "public"."Bestellungen" RENAME CONSTRAINT "fk kunde" TO "Bestellungen_kunde_fkey";

ALTER INDEX "public"."by alter" RENAME TO "kunden_nach_alter_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx1";

COMMIT;
