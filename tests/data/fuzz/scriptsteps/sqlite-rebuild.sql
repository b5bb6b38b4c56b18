-- Parity migration script: the table is rebuilt, as SQLite cannot alter a column.
.bail on
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE "parity_new_orders" (id INTEGER PRIMARY KEY, total NUMERIC CHECK (total >= 0), note TEXT DEFAULT 'a;b');
INSERT INTO "parity_new_orders" (id, total, note) SELECT id, total, note FROM "orders";
DROP TABLE "orders";
ALTER TABLE "parity_new_orders" RENAME TO "orders";
CREATE TRIGGER orders_total AFTER UPDATE OF total ON orders
BEGIN
    UPDATE orders SET note = CASE WHEN new.total > 100 THEN 'big;' ELSE 'small' END WHERE id = new.id;
    SELECT RAISE(ABORT, 'no; way') WHERE new.total < 0;
END;
COMMIT;
PRAGMA foreign_keys = ON;
