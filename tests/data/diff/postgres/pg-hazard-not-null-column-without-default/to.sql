CREATE TABLE invoices (
    id integer PRIMARY KEY,
    amount numeric(10, 2) NOT NULL,
    currency char(3) NOT NULL
);
