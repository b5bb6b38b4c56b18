-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none

BEGIN;

ALTER TABLE "public"."Kunden" RENAME CONSTRAINT "Kunden_pkey" TO "pk ""old""";

ALTER TABLE "public"."Kunden" RENAME CONSTRAINT "select" TO "uq mail";

ALTER TABLE "public"."Kunden" RENAME CONSTRAINT "Älter ""nicht"" negativ" TO "alter_check";

ALTER TABLE "public"."Bestellungen" RENAME CONSTRAINT "Bestellungen_kunde_fkey" TO "fk kunde";

ALTER INDEX "public"."kunden_nach_alter_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx1" RENAME TO "by alter";

COMMIT;
