-- A table with a trigger on it and a view over it is rebuilt (amount REAL -> NUMERIC NOT NULL): DROP TABLE takes the
-- trigger with it and RENAME refuses while a view names a missing table, so the plan drops the view first and puts
-- the view and the trigger back after the rename; the rows (and the audit rows the trigger wrote) are kept.
CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    amount REAL,
    status TEXT NOT NULL DEFAULT 'new'
);

CREATE TABLE payment_audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    payment_id INTEGER NOT NULL,
    old_status TEXT,
    new_status TEXT
);

CREATE TRIGGER payments_status_audit AFTER UPDATE OF status ON payments
BEGIN
    INSERT INTO payment_audit (payment_id, old_status, new_status) VALUES (OLD.id, OLD.status, NEW.status);
END;

CREATE VIEW open_payments AS SELECT id, amount FROM payments WHERE status <> 'settled';

INSERT INTO payments (id, amount, status) VALUES (1, 10.5, 'new'), (2, 99.0, 'new'), (3, 1.25, 'new');
UPDATE payments SET status = 'settled' WHERE id = 2;
