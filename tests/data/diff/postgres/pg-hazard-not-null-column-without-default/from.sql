-- A new NOT NULL column without a default on a table that holds 3 rows: the plan must report the hazard with the
-- live row count, and the forward script fails on the server.
CREATE TABLE invoices (
    id integer PRIMARY KEY,
    amount numeric(10, 2) NOT NULL
);

INSERT INTO invoices (id, amount) VALUES (1, 10.00), (2, 20.00), (3, 30.00);
