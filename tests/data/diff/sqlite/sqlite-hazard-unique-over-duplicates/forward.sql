.bail on

-- Parity migration script: turns golden_sqlite_f into golden_sqlite_t.
-- FROM: golden_sqlite_f
-- TO:   golden_sqlite_t
-- Planned: (time) by Parity (version)
-- Run with: sqlite3 DATABASE < FILE
-- Hazards:
--   high   main.accounts.email adds unique constraint accounts_email_key over values that may repeat: the change fails while any do: 2 duplicated values (e.g. a@example.com ×2, b@example.com ×2)
--   low    main.accounts rebuilt: copied into a new table; the table is locked while it runs: 5 rows

PRAGMA foreign_keys = OFF;

BEGIN;

-- SQLite changes a table by rebuilding it: a new table, the rows copied, the old one dropped, the new one renamed.
CREATE TABLE "parity_new_accounts" (
    "id" INTEGER PRIMARY KEY,
    "email" TEXT NOT NULL,
    CONSTRAINT "accounts_email_key" UNIQUE ("email")
);

INSERT INTO "parity_new_accounts" ("id", "email")
SELECT "id", "email" FROM "accounts";

DROP TABLE "accounts";

ALTER TABLE "parity_new_accounts" RENAME TO "accounts";

-- Every foreign key must still hold: a broken one stops the script before COMMIT.
CREATE TEMP TABLE "parity_foreign_key_check" (broken_rows INTEGER CHECK (broken_rows = 0));

INSERT INTO "parity_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE "parity_foreign_key_check";

COMMIT;
