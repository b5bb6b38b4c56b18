-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.

BEGIN;

-- IRREVERSIBLE: the forward script dropped table public.audit_log (5 rows); it comes back empty. Restore its rows from the backup.
CREATE TABLE "public"."audit_log" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "user_id" integer,
    "action" text NOT NULL,
    "at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- IRREVERSIBLE: the forward script dropped column public.users.legacy_code (2 values); it comes back empty. Restore its values from the backup.
ALTER TABLE "public"."users" ADD COLUMN "legacy_code" character varying(12);

ALTER TABLE "public"."audit_log" ADD CONSTRAINT "audit_log_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."users" ("id");

COMMIT;
