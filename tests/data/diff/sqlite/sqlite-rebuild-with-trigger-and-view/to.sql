CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    amount NUMERIC NOT NULL,
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
