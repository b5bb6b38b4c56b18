-- A new foreign key orders.customer_id -> customers(id) while 2 orders point at customers that do not exist: the
-- rebuild runs with foreign keys off, so the plan must make the script stop when PRAGMA foreign_key_check finds
-- violations (it only lists them); the orphan-rows hazard is reported with the live figure.
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    total NUMERIC NOT NULL
);

INSERT INTO customers (id, name) VALUES (1, 'Ada'), (2, 'Grace');
INSERT INTO orders (id, customer_id, total) VALUES (1, 1, 10.00), (2, 2, 20.00), (3, 99, 30.00), (4, 42, 40.00);
