-- An enum in a schema other than public ("Billing Dept", not on the search_path) loses an unused label: the type is
-- recreated and the column, its default and the view over it move to the new type; every reference to the type
-- must be schema-qualified, or psql resolves it through the search_path and fails.
CREATE SCHEMA "Billing Dept";

CREATE TYPE "Billing Dept".invoice_state AS ENUM ('open', 'sent', 'void', 'paid');

CREATE TABLE "Billing Dept".invoices (
    id integer PRIMARY KEY,
    state "Billing Dept".invoice_state NOT NULL DEFAULT 'open',
    amount numeric(10, 2) NOT NULL
);

INSERT INTO "Billing Dept".invoices (id, state, amount) VALUES (1, 'open', 10.00), (2, 'sent', 20.00), (3, 'paid', 5.00);

CREATE VIEW "Billing Dept".unpaid AS
    SELECT id, state, amount FROM "Billing Dept".invoices WHERE state <> 'paid';
