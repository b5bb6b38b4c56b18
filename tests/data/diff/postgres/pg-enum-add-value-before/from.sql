-- Enum labels added in the middle ('packed' between 'paid' and 'shipped') and at the front ('draft'), with a view
-- over the enum column: the plan must ALTER TYPE ... ADD VALUE BEFORE/AFTER outside the transaction and leave the
-- view and the rows alone; the rollback has to recreate the type without the new labels.
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'new',
    total numeric(10, 2) NOT NULL
);

INSERT INTO orders (id, status, total) VALUES (1, 'new', 10.00), (2, 'paid', 20.50), (3, 'shipped', 7.25);

CREATE VIEW open_orders AS
    SELECT id, status, total FROM orders WHERE status <> 'shipped';
