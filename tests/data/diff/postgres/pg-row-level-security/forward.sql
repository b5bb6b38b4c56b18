-- Parity migration script: turns golden_postgres_f into golden_postgres_t.
-- FROM: golden_postgres_f
-- TO:   golden_postgres_t
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none

BEGIN;

CREATE TABLE "public"."neu" (
    "id" integer NOT NULL,
    CONSTRAINT "neu_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "public"."neu" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."Mandanten Daten" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."Mandanten Daten" FORCE ROW LEVEL SECURITY;

ALTER TABLE "public"."open" DISABLE ROW LEVEL SECURITY;

COMMIT;
