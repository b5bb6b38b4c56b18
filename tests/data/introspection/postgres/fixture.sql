-- Fixture for tst_postgresintrospector: one of every object kind the
-- PostgreSQL introspector reads, with identifiers chosen to break naive
-- quoting (mixed case, spaces, embedded quotes, reserved words, non-ASCII).
-- Loaded with psql -v ON_ERROR_STOP=1 into a fresh database.

SET client_min_messages = warning;

-- Extension objects must not show up as user objects.
CREATE EXTENSION citext;

CREATE SCHEMA "RevenueConnection";
COMMENT ON SCHEMA "RevenueConnection" IS 'Billing objects';

-- 'meh' is added later but sorts second: label order must follow enumsortorder.
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
ALTER TYPE public.mood ADD VALUE 'meh' BEFORE 'ok';
COMMENT ON TYPE public.mood IS 'How a customer feels';

CREATE DOMAIN public.positive_int AS integer CHECK (VALUE > 0);

CREATE TABLE public.customer (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email citext NOT NULL,
    name character varying(80) NOT NULL DEFAULT '',
    "select" text COLLATE "C",
    "größe" numeric(10, 2),
    created_at timestamp with time zone NOT NULL DEFAULT now(),
    updated_at timestamp(3) without time zone,
    tags text[] DEFAULT '{}'::text[],
    feeling public.mood DEFAULT 'ok',
    active boolean NOT NULL DEFAULT true,
    visits public.positive_int,
    CONSTRAINT customer_email_key UNIQUE (email),
    CONSTRAINT "größe is positive" CHECK ("größe" >= 0)
);
COMMENT ON TABLE public.customer IS 'People who pay';
COMMENT ON COLUMN public.customer.email IS 'Where invoices go';

-- A column was dropped: positions must stay dense.
ALTER TABLE public.customer ADD COLUMN scratch integer;
ALTER TABLE public.customer DROP COLUMN scratch;
ALTER TABLE public.customer ADD COLUMN "日本" character varying(10);

CREATE INDEX customer_lower_name_idx ON public.customer (lower((name)::text) DESC NULLS LAST) WHERE active;
CREATE UNIQUE INDEX "customer name pattern" ON public.customer (name varchar_pattern_ops) INCLUDE (created_at);
CREATE INDEX customer_select_c_idx ON public.customer ("select" COLLATE "POSIX" NULLS FIRST);
CREATE INDEX customer_tags_gin ON public.customer USING gin (tags);
COMMENT ON INDEX public.customer_tags_gin IS 'Tag search';

CREATE TABLE "RevenueConnection"."Invoice" (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL
        REFERENCES public.customer (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    amount numeric(12, 2) NOT NULL CHECK (amount > 0),
    tax numeric(12, 2) GENERATED ALWAYS AS (amount * 0.2) STORED,
    "we""ird" text,
    "order" integer,
    issued_on date NOT NULL DEFAULT CURRENT_DATE,
    CONSTRAINT invoice_customer_order_key UNIQUE NULLS NOT DISTINCT (customer_id, "order")
        DEFERRABLE
);
COMMENT ON COLUMN "RevenueConnection"."Invoice"."we""ird" IS 'Quoted "name"';

CREATE TABLE "RevenueConnection"."line item" (
    "invoice id" integer,
    "order" integer,
    quantity integer NOT NULL DEFAULT 1
);
ALTER TABLE "RevenueConnection"."line item"
    ADD CONSTRAINT line_item_invoice_fk FOREIGN KEY ("invoice id")
        REFERENCES "RevenueConnection"."Invoice" (id) MATCH FULL ON UPDATE RESTRICT ON DELETE SET NULL NOT VALID;
ALTER TABLE "RevenueConnection"."line item"
    ADD CONSTRAINT quantity_positive CHECK (quantity > 0) NOT VALID;

CREATE TABLE public."we""ird table" (
    "select" integer,
    "Mixed Case" text
);

-- Declarative partitioning: the parent owns the key, PK and index; the
-- partitions inherit them.
CREATE TABLE "RevenueConnection".payment (
    id bigint NOT NULL,
    paid_at timestamp with time zone NOT NULL,
    amount numeric(12, 2) NOT NULL,
    PRIMARY KEY (id, paid_at)
) PARTITION BY RANGE (paid_at);
CREATE INDEX payment_amount_idx ON "RevenueConnection".payment (amount);
CREATE TABLE "RevenueConnection".payment_2024 PARTITION OF "RevenueConnection".payment
    FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');
CREATE TABLE "RevenueConnection".payment_2025 PARTITION OF "RevenueConnection".payment
    FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');

CREATE SEQUENCE public.ticket_seq AS integer
    START WITH 100 INCREMENT BY 5 MINVALUE 10 MAXVALUE 10000 CACHE 3 CYCLE;

CREATE VIEW public.active_customers AS
    SELECT id, name, email FROM public.customer WHERE active;
COMMENT ON VIEW public.active_customers IS 'Customers who still buy';

CREATE VIEW "RevenueConnection"."big invoices" AS
    SELECT id, amount FROM "RevenueConnection"."Invoice" WHERE amount > 1000
    WITH CASCADED CHECK OPTION;

CREATE MATERIALIZED VIEW "RevenueConnection".revenue_by_customer AS
    SELECT customer_id, sum(amount) AS total
    FROM "RevenueConnection"."Invoice" GROUP BY customer_id;
CREATE UNIQUE INDEX revenue_by_customer_idx ON "RevenueConnection".revenue_by_customer (customer_id);

CREATE FUNCTION public."Add Tax"(amount numeric, rate numeric DEFAULT 0.2) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT amount * (1 + rate) $$;
COMMENT ON FUNCTION public."Add Tax"(numeric, numeric) IS 'Gross from net';

CREATE FUNCTION public.touch_customer() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE PROCEDURE "RevenueConnection".archive_invoices(before date)
    LANGUAGE plpgsql
    AS $$
BEGIN
    DELETE FROM "RevenueConnection"."Invoice" WHERE issued_on < before;
END
$$;

CREATE AGGREGATE public.text_concat(text) (
    SFUNC = textcat,
    STYPE = text,
    INITCOND = ''
);

CREATE TRIGGER customer_touch BEFORE INSERT OR UPDATE ON public.customer
    FOR EACH ROW EXECUTE FUNCTION public.touch_customer();

CREATE FUNCTION "RevenueConnection".note_delete() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER "invoice deleted" AFTER DELETE OR TRUNCATE ON "RevenueConnection"."Invoice"
    FOR EACH STATEMENT EXECUTE FUNCTION "RevenueConnection".note_delete();
ALTER TABLE "RevenueConnection"."Invoice" DISABLE TRIGGER "invoice deleted";

INSERT INTO public.customer (email, name, "größe", feeling, active) VALUES
    ('a@example.com', 'Ann', 1.5, 'happy', true),
    ('b@example.com', 'Bob', 2.5, 'meh', true),
    ('c@example.com', 'Cy', NULL, 'sad', false);
INSERT INTO "RevenueConnection"."Invoice" (customer_id, amount, "order") VALUES
    (1, 10, 1), (1, 2000, 2), (2, 30, 1), (3, 40, NULL);
INSERT INTO "RevenueConnection"."line item" VALUES (1, 1, 2), (2, 1, 1);
INSERT INTO public."we""ird table" VALUES (1, 'x'), (2, 'y');
INSERT INTO "RevenueConnection".payment VALUES
    (1, '2024-03-01 10:00+00', 5), (2, '2024-04-01 10:00+00', 6), (3, '2025-02-01 10:00+00', 7);
REFRESH MATERIALIZED VIEW "RevenueConnection".revenue_by_customer;

ANALYZE;

-- Created after ANALYZE: its row estimate is unknown.
CREATE TABLE public.never_analyzed (id integer);
INSERT INTO public.never_analyzed VALUES (1), (2);
