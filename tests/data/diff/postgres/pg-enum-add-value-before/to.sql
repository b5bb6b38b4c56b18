CREATE TYPE order_status AS ENUM ('draft', 'new', 'paid', 'packed', 'shipped');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'new',
    total numeric(10, 2) NOT NULL
);

CREATE VIEW open_orders AS
    SELECT id, status, total FROM orders WHERE status <> 'shipped';
