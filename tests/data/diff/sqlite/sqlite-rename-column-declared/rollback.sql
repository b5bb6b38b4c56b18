.bail on

-- Parity rollback script: turns golden_sqlite_t back into golden_sqlite_f.
-- FROM: golden_sqlite_t
-- TO:   golden_sqlite_f
-- Planned: (time) by Parity (version)
-- Run with: sqlite3 DATABASE < FILE
-- Hazards: none

BEGIN;

-- Declared rename: column users.email_address becomes email, its values kept.
ALTER TABLE "users" RENAME COLUMN "email_address" TO "email";

DROP VIEW "user_directory";

CREATE VIEW "user_directory" AS
SELECT id, email, display_name FROM users;

COMMIT;
