.bail on

-- Parity migration script: turns golden_sqlite_f into golden_sqlite_t.
-- FROM: golden_sqlite_f
-- TO:   golden_sqlite_t
-- Planned: (time) by Parity (version)
-- Run with: sqlite3 DATABASE < FILE
-- Hazards: none

BEGIN;

-- Declared rename: column users.email becomes email_address, its values kept.
ALTER TABLE "users" RENAME COLUMN "email" TO "email_address";

DROP VIEW "user_directory";

CREATE VIEW "user_directory" AS
SELECT id, email_address, display_name FROM users;

COMMIT;
