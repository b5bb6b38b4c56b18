.bail on

-- Parity migration script: turns golden_sqlite_f into golden_sqlite_t.
-- FROM: golden_sqlite_f
-- TO:   golden_sqlite_t
-- Planned: (time) by Parity (version)
-- Run with: sqlite3 DATABASE < FILE
-- Hazards:
--   high   main.orders.orders_customer_id_fkey adds a foreign key to customers: rows that point at nothing make the change fail: 2 orphan rows
--   low    main.orders rebuilt: copied into a new table; the table is locked while it runs: 4 rows

PRAGMA foreign_keys = OFF;

BEGIN;

-- SQLite changes a table by rebuilding it: a new table, the rows copied, the old one dropped, the new one renamed.
CREATE TABLE "parity_new_orders" (
    "id" INTEGER PRIMARY KEY,
    "customer_id" INTEGER NOT NULL REFERENCES "customers" ("id"),
    "total" NUMERIC NOT NULL
);

INSERT INTO "parity_new_orders" ("id", "customer_id", "total")
SELECT "id", "customer_id", "total" FROM "orders";

DROP TABLE "orders";

ALTER TABLE "parity_new_orders" RENAME TO "orders";

-- Every foreign key must still hold: a broken one stops the script before COMMIT.
CREATE TEMP TABLE "parity_foreign_key_check" (broken_rows INTEGER CHECK (broken_rows = 0));

INSERT INTO "parity_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE "parity_foreign_key_check";

COMMIT;
