.bail on

-- Parity migration script: turns golden_sqlite_f into golden_sqlite_t.
-- FROM: golden_sqlite_f
-- TO:   golden_sqlite_t
-- Planned: (time) by Parity (version)
-- Run with: sqlite3 DATABASE < FILE
-- Hazards:
--   low    main.payments.amount sets NOT NULL on a column that may hold NULLs: the change fails while any do: 0 NULLs
--   low    main.payments rebuilt: copied into a new table; the table is locked while it runs: 3 rows

PRAGMA foreign_keys = OFF;

BEGIN;

DROP TRIGGER "payments_status_audit";

DROP VIEW "open_payments";

-- SQLite changes a table by rebuilding it: a new table, the rows copied, the old one dropped, the new one renamed.
CREATE TABLE "parity_new_payments" (
    "id" INTEGER PRIMARY KEY,
    "amount" NUMERIC NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'new'
);

INSERT INTO "parity_new_payments" ("id", "amount", "status")
SELECT "id", "amount", "status" FROM "payments";

DROP TABLE "payments";

ALTER TABLE "parity_new_payments" RENAME TO "payments";

CREATE VIEW "open_payments" AS
SELECT id, amount FROM payments WHERE status <> 'settled';

CREATE TRIGGER payments_status_audit AFTER UPDATE OF status ON payments
BEGIN
    INSERT INTO payment_audit (payment_id, old_status, new_status) VALUES (OLD.id, OLD.status, NEW.status);
END;

-- Every foreign key must still hold: a broken one stops the script before COMMIT.
CREATE TEMP TABLE "parity_foreign_key_check" (broken_rows INTEGER CHECK (broken_rows = 0));

INSERT INTO "parity_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE "parity_foreign_key_check";

COMMIT;
