-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none

BEGIN;

-- Declared rename: column users.email_address becomes email, its values kept.
ALTER TABLE "public"."users" RENAME COLUMN "email_address" TO "email";

DROP VIEW "public"."user_directory";

ALTER TABLE "public"."users" RENAME CONSTRAINT "users_email_address_key" TO "users_email_key";

CREATE VIEW "public"."user_directory" ("id", "email", "display_name") AS
SELECT users.id,
    users.email,
    users.display_name
   FROM users;

COMMIT;
