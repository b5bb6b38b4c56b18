-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none

BEGIN;

ALTER TABLE "public"."departments" DROP CONSTRAINT "departments_company_id_fkey";

ALTER TABLE "public"."departments" DROP CONSTRAINT "departments_head_id_fkey";

ALTER TABLE "public"."employees" DROP CONSTRAINT "employees_department_id_fkey";

ALTER TABLE "public"."employees" DROP CONSTRAINT "employees_manager_id_fkey";

DROP TABLE "public"."departments";

DROP TABLE "public"."employees";

COMMIT;
