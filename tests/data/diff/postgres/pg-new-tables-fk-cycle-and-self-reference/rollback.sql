-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards (not measured: they depend on the data when the rollback runs):
--   high   public.departments drops the table and its rows
--   high   public.employees drops the table and its rows
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.

BEGIN;

ALTER TABLE "public"."departments" DROP CONSTRAINT "departments_company_id_fkey";

ALTER TABLE "public"."departments" DROP CONSTRAINT "departments_head_id_fkey";

ALTER TABLE "public"."employees" DROP CONSTRAINT "employees_department_id_fkey";

ALTER TABLE "public"."employees" DROP CONSTRAINT "employees_manager_id_fkey";

-- IRREVERSIBLE: drops public.departments and whatever was written to it since the forward script ran.
DROP TABLE "public"."departments";

-- IRREVERSIBLE: drops public.employees and whatever was written to it since the forward script ran.
DROP TABLE "public"."employees";

COMMIT;
