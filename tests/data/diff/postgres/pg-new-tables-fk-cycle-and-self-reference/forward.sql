-- Parity migration script: turns golden_postgres_f into golden_postgres_t.
-- FROM: golden_postgres_f
-- TO:   golden_postgres_t
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none

BEGIN;

CREATE TABLE "public"."departments" (
    "id" integer NOT NULL,
    "company_id" integer NOT NULL,
    "name" text NOT NULL,
    "head_id" integer,
    CONSTRAINT "departments_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "public"."employees" (
    "id" integer NOT NULL,
    "department_id" integer NOT NULL,
    "manager_id" integer,
    "name" text NOT NULL,
    CONSTRAINT "employees_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "public"."departments" ADD CONSTRAINT "departments_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "public"."companies" ("id") ON DELETE CASCADE;

ALTER TABLE "public"."departments" ADD CONSTRAINT "departments_head_id_fkey" FOREIGN KEY ("head_id") REFERENCES "public"."employees" ("id") DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE "public"."employees" ADD CONSTRAINT "employees_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "public"."departments" ("id");

ALTER TABLE "public"."employees" ADD CONSTRAINT "employees_manager_id_fkey" FOREIGN KEY ("manager_id") REFERENCES "public"."employees" ("id") ON DELETE SET NULL;

COMMIT;
