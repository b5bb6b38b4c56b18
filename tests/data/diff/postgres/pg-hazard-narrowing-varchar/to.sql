CREATE TABLE products (
    id integer PRIMARY KEY,
    code varchar(5) NOT NULL,
    name text NOT NULL
);
