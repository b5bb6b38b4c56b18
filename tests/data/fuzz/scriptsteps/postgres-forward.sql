-- Parity migration script: turns uat into staging.
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
\set ON_ERROR_STOP on

-- Outside the transaction: CONCURRENTLY cannot run in a transaction block.
CREATE INDEX CONCURRENTLY IF NOT EXISTS "orders_by_customer" ON public.orders (customer_id);

BEGIN;

CREATE TYPE public.order_state AS ENUM ('new', 'paid', 'shipped; or not');

ALTER TABLE public."Orders; Archive" ADD COLUMN note text DEFAULT E'it\'s; fine';

CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now(); -- a ';' in a body does not end the statement
    RETURN NEW;
END;
$$;

CREATE FUNCTION public.label(x integer) RETURNS text AS $body$ SELECT 'n' || x; $body$ LANGUAGE sql;

/* a block comment /* nested */ still a comment; */
SAVEPOINT before_drop;
DROP TABLE IF EXISTS public.sync_audit_logs;
RELEASE SAVEPOINT before_drop;

COMMIT;
