-- Benchmark schema for PostgreSQL, generated rather than written out.
-- psql variables: tables (count) and views (count).
--   psql -v tables=2000 -v views=50 -f generate-postgres.sql
-- Every table tNNNN has ten columns, a primary key, a foreign key to the
-- table before it (t0001 to itself), two secondary indexes and a check; all
-- of them use one enum type. Views vNNN join a table with its predecessor.
\set ON_ERROR_STOP on

-- DO bodies cannot see psql variables; custom settings carry the counts in.
SELECT set_config('parity_bench.tables', :'tables', false),
       set_config('parity_bench.views', :'views', false) \g /dev/null

CREATE TYPE bench_status AS ENUM ('draft', 'active', 'suspended', 'closed');

-- A DO block run outside a transaction block may COMMIT. Committing every
-- hundred tables keeps the lock table small: one transaction holding locks
-- on 2,000 tables and their 6,000 indexes would run out of shared memory.
DO $gen$
DECLARE
    table_count integer := current_setting('parity_bench.tables')::integer;
    t text;
    parent text;
BEGIN
    FOR i IN 1..table_count LOOP
        t := format('t%s', lpad(i::text, 4, '0'));
        parent := format('t%s', lpad(greatest(i - 1, 1)::text, 4, '0'));
        EXECUTE format(
            $ddl$CREATE TABLE %1$I (
                id         bigint       NOT NULL,
                parent_id  bigint,
                code       varchar(32)  NOT NULL,
                name       text         NOT NULL,
                status     bench_status NOT NULL DEFAULT 'draft',
                quantity   integer      NOT NULL DEFAULT 0,
                price      numeric(12, 2),
                is_active  boolean      NOT NULL DEFAULT true,
                created_at timestamptz  NOT NULL DEFAULT now(),
                notes      text,
                CONSTRAINT %2$I PRIMARY KEY (id),
                CONSTRAINT %3$I FOREIGN KEY (parent_id) REFERENCES %4$I (id) ON DELETE SET NULL,
                CONSTRAINT %5$I CHECK (quantity >= 0)
            )$ddl$,
            t, t || '_pkey', t || '_parent_fk', parent, t || '_quantity_check');
        EXECUTE format('CREATE INDEX %I ON %I (code)', t || '_code_idx', t);
        EXECUTE format('CREATE INDEX %I ON %I (status, created_at)', t || '_status_created_idx', t);
        IF i % 100 = 0 THEN
            COMMIT;
        END IF;
    END LOOP;
END
$gen$;

DO $gen$
DECLARE
    table_count integer := current_setting('parity_bench.tables')::integer;
    view_count integer := current_setting('parity_bench.views')::integer;
    n integer;
BEGIN
    FOR i IN 1..view_count LOOP
        -- Spread the views over the tables; each reads a table and its parent.
        n := greatest(2, (i * table_count) / view_count);
        EXECUTE format(
            $ddl$CREATE VIEW %1$I AS
                SELECT c.id, c.code, c.status, c.quantity * c.price AS total,
                       p.name AS parent_name
                FROM %2$I AS c
                LEFT JOIN %3$I AS p ON p.id = c.parent_id
                WHERE c.is_active$ddl$,
            format('v%s', lpad(i::text, 3, '0')),
            format('t%s', lpad(n::text, 4, '0')),
            format('t%s', lpad((n - 1)::text, 4, '0')));
    END LOOP;
END
$gen$;

ANALYZE;
