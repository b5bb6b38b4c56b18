CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    phone varchar(20) NOT NULL
);
