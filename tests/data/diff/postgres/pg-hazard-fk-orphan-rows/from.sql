-- A new foreign key orders.customer_id -> customers(id) while 2 orders point at customers that do not exist: the
-- plan must report a high orphan-rows hazard with the live figure, and the forward script fails on the server.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    total numeric(10, 2) NOT NULL
);

INSERT INTO customers (id, name) VALUES (1, 'Ada'), (2, 'Grace');
INSERT INTO orders (id, customer_id, total) VALUES (1, 1, 10.00), (2, 2, 20.00), (3, 99, 30.00), (4, 42, 40.00);
