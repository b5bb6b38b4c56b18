--
-- PostgreSQL database dump of the shop, trimmed by hand
--
SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SELECT pg_catalog.set_config('search_path', '', false);
\connect shop

CREATE SCHEMA "Billing Dept";
COMMENT ON SCHEMA "Billing Dept" IS 'invoices; credit notes';

CREATE TABLE "Billing Dept".invoices (
    id integer NOT NULL,
    state text DEFAULT 'open'::text,
    amount numeric(10,2) CHECK (amount >= 0)
);

ALTER TABLE ONLY "Billing Dept".invoices
    ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);

CREATE VIEW "Billing Dept".unpaid AS
 SELECT invoices.id, invoices.amount FROM "Billing Dept".invoices WHERE invoices.state <> 'paid';

START TRANSACTION ISOLATION LEVEL SERIALIZABLE;
UPDATE "Billing Dept".invoices SET state = U&'d\0061t\+000061' WHERE id = 1;
END;
