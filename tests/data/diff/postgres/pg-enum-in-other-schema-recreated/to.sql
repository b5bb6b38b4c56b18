CREATE SCHEMA "Billing Dept";

CREATE TYPE "Billing Dept".invoice_state AS ENUM ('open', 'sent', 'paid');

CREATE TABLE "Billing Dept".invoices (
    id integer PRIMARY KEY,
    state "Billing Dept".invoice_state NOT NULL DEFAULT 'open',
    amount numeric(10, 2) NOT NULL
);

CREATE VIEW "Billing Dept".unpaid AS
    SELECT id, state, amount FROM "Billing Dept".invoices WHERE state <> 'paid';
