-- A declared table rename (customers=clients) on a table with a serial key:
-- the plan renames the table and its sequence, so the next id continues
-- after the existing rows instead of starting again at 1.
CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL);
INSERT INTO customers (name) VALUES ('Ada'), ('Grace'), ('Edsger');
