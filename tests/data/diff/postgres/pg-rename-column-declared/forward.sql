-- Parity migration script: turns golden_postgres_f into golden_postgres_t.
-- FROM: golden_postgres_f
-- TO:   golden_postgres_t
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none

BEGIN;

-- Declared rename: column users.email becomes email_address, its values kept.
ALTER TABLE "public"."users" RENAME COLUMN "email" TO "email_address";

DROP VIEW "public"."user_directory";

ALTER TABLE "public"."users" RENAME CONSTRAINT "users_email_key" TO "users_email_address_key";

CREATE VIEW "public"."user_directory" ("id", "email_address", "display_name") AS
SELECT users.id,
    users.email_address,
    users.display_name
   FROM users;

COMMIT;
