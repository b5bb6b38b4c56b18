-- SET NOT NULL on a column holding NULLs (2 of 4 rows): the plan must report a high NULL-values hazard with the live
-- figure, and the forward script fails on the server.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    phone varchar(20)
);

INSERT INTO customers (id, name, phone) VALUES
    (1, 'Ada', '+44 20 0000 0001'), (2, 'Grace', NULL), (3, 'Linus', NULL), (4, 'Ken', '+1 555 0100');
