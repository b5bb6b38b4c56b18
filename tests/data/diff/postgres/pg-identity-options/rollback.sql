-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards (not measured: they depend on the data when the rollback runs):
--   high   public.new one drops the table and its rows
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.

BEGIN;

ALTER TABLE "public"."Tickets" ALTER COLUMN "id" SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 2147483647 SET CACHE 1 SET NO CYCLE;

ALTER SEQUENCE "public"."Zähler ""id""" RENAME TO "Tickets_id_seq";

ALTER TABLE "public"."events" ALTER COLUMN "id" SET START WITH 1000 SET INCREMENT BY 10 SET MINVALUE 1 SET MAXVALUE 9223372036854775807 SET CACHE 1 SET NO CYCLE;

-- IRREVERSIBLE: drops public.new one and whatever was written to it since the forward script ran.
DROP TABLE "public"."new one";

COMMIT;
