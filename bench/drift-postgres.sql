-- Drift for the diff benchmark: turns a copy of the schema that
-- generate-postgres.sql made into the "other environment" a diff or a plan
-- would meet. Run it on a copy, never on the base itself:
--   CREATE DATABASE drifted TEMPLATE base;
--   psql -v tables=2000 -v views=50 -d drifted -f drift-postgres.sql
-- The psql variables are the counts the base was generated with.
--
-- Every choice below follows from a table's or view's number, so two runs
-- make the same drift. With the default counts it makes:
--   * enum bench_status gains a value at the end ('archived') and one in the
--     middle ('review', before 'active') and loses one ('suspended'), and a
--     new enum bench_priority appears. Every view reads a bench_status
--     column, so the label removal (a rebuild of the type in PostgreSQL)
--     has to take the views down and put them back;
--   * 5% of the tables are dropped: tNNNN where NNNN % 20 = 10. Each one's
--     child (the next table, whose FK points at it) has that FK re-pointed
--     at the table before first, so the DROP needs no CASCADE: should anything
--     else still depend on a dropped table, the DROP fails instead of quietly
--     taking more with it;
--   * 5% new tables, numbered after the last one, each with a foreign key to
--     a surviving table, a unique constraint, an index and both enums;
--   * 10% of the tables (NNNN % 10 = 3) get one change each, in turn: a
--     wider varchar, an added column, a dropped column, an added index, a
--     changed enum default;
--   * every tenth view is redefined (a new column, a filter on the enum's new
--     value), after its table's code column is widened under it, as a plan
--     would have to: drop the view, change the column, create the view.
--   * t0007.code is widened under a chain of two views (chain-postgres.sql)
--     that do not change themselves.
-- Tables that a view reads are left out of the drop and change rounds, so
-- other counts than the defaults cannot trip over a view.
\set ON_ERROR_STOP on

SELECT set_config('parity_bench.tables', :'tables', false),
       set_config('parity_bench.views', :'views', false) \g /dev/null

-- A value added to an enum cannot be used in the transaction that added it;
-- psql's autocommit ends that transaction here, before the views use it.
ALTER TYPE bench_status ADD VALUE 'archived';
CREATE TYPE bench_priority AS ENUM ('low', 'normal', 'high', 'urgent');

-- Tables some view reads: the rounds below leave them alone.
CREATE TEMPORARY TABLE view_tables AS
SELECT DISTINCT table_name::text AS name
FROM information_schema.view_table_usage
WHERE view_schema = 'public';

-- Drops. Committing every 25 tables keeps the lock table small (see
-- generate-postgres.sql).
DO $drift$
DECLARE
    table_count integer := current_setting('parity_bench.tables')::integer;
    t text;
    child text;
    grandparent text;
BEGIN
    FOR i IN 1..table_count LOOP
        CONTINUE WHEN i % 20 <> 10;
        t := format('t%s', lpad(i::text, 4, '0'));
        CONTINUE WHEN EXISTS (SELECT 1 FROM view_tables WHERE name = t);
        grandparent := format('t%s', lpad((i - 1)::text, 4, '0'));
        IF i < table_count THEN
            child := format('t%s', lpad((i + 1)::text, 4, '0'));
            EXECUTE format('ALTER TABLE %1$I DROP CONSTRAINT %2$I, '
                           'ADD CONSTRAINT %2$I FOREIGN KEY (parent_id) REFERENCES %3$I (id) ON DELETE SET NULL',
                           child, child || '_parent_fk', grandparent);
        END IF;
        EXECUTE format('DROP TABLE %I', t);
        IF i % 500 = 10 THEN
            COMMIT;
        END IF;
    END LOOP;
END
$drift$;

-- Changes, one per chosen table, taking the five kinds in turn.
DO $drift$
DECLARE
    table_count integer := current_setting('parity_bench.tables')::integer;
    t text;
BEGIN
    FOR i IN 1..table_count LOOP
        CONTINUE WHEN i % 10 <> 3;
        t := format('t%s', lpad(i::text, 4, '0'));
        CONTINUE WHEN EXISTS (SELECT 1 FROM view_tables WHERE name = t);
        CASE (i / 10) % 5
            WHEN 0 THEN
                EXECUTE format('ALTER TABLE %I ALTER COLUMN code TYPE varchar(64)', t);
            WHEN 1 THEN
                EXECUTE format('ALTER TABLE %I ADD COLUMN external_ref uuid', t);
            WHEN 2 THEN
                EXECUTE format('ALTER TABLE %I DROP COLUMN notes', t);
            WHEN 3 THEN
                EXECUTE format('CREATE INDEX %I ON %I (parent_id)', t || '_parent_idx', t);
            ELSE
                EXECUTE format($ddl$ALTER TABLE %I ALTER COLUMN status SET DEFAULT 'active'$ddl$, t);
        END CASE;
        IF i % 250 = 3 THEN
            COMMIT;
        END IF;
    END LOOP;
END
$drift$;

-- New tables, after the last generated one. Each points at a table whose
-- number is 1 modulo 20, which the drop round never takes.
DO $drift$
DECLARE
    table_count integer := current_setting('parity_bench.tables')::integer;
    t text;
    parent text;
BEGIN
    FOR j IN 1..greatest(table_count / 20, 1) LOOP
        t := format('t%s', lpad((table_count + j)::text, 4, '0'));
        parent := format('t%s', lpad((20 * (j - 1) + 1)::text, 4, '0'));
        EXECUTE format(
            $ddl$CREATE TABLE %1$I (
                id         bigint         GENERATED ALWAYS AS IDENTITY,
                parent_id  bigint         NOT NULL,
                label      varchar(80)    NOT NULL,
                priority   bench_priority NOT NULL DEFAULT 'normal',
                status     bench_status   NOT NULL DEFAULT 'active',
                due_at     timestamptz,
                CONSTRAINT %2$I PRIMARY KEY (id),
                CONSTRAINT %3$I FOREIGN KEY (parent_id) REFERENCES %4$I (id) ON DELETE CASCADE,
                CONSTRAINT %5$I UNIQUE (parent_id, label)
            )$ddl$,
            t, t || '_pkey', t || '_parent_fk', parent, t || '_label_key');
        EXECUTE format('CREATE INDEX %I ON %I (priority, due_at)', t || '_priority_due_idx', t);
        IF j % 25 = 0 THEN
            COMMIT;
        END IF;
    END LOOP;
END
$drift$;

-- Views: every tenth is redefined over a widened column. The view must go
-- first: PostgreSQL refuses to change the type of a column a view reads.
DO $drift$
DECLARE
    table_count integer := current_setting('parity_bench.tables')::integer;
    view_count integer := current_setting('parity_bench.views')::integer;
    n integer;
    v text;
    c text;
BEGIN
    FOR i IN 1..view_count LOOP
        CONTINUE WHEN i % 10 <> 0;
        n := greatest(2, (i * table_count) / view_count);
        v := format('v%s', lpad(i::text, 3, '0'));
        c := format('t%s', lpad(n::text, 4, '0'));
        EXECUTE format('DROP VIEW %I', v);
        EXECUTE format('ALTER TABLE %I ALTER COLUMN code TYPE varchar(64)', c);
        EXECUTE format(
            $ddl$CREATE VIEW %1$I AS
                SELECT c.id, c.code, c.status, c.quantity * c.price AS total,
                       p.name AS parent_name, c.created_at
                FROM %2$I AS c
                LEFT JOIN %3$I AS p ON p.id = c.parent_id
                WHERE c.is_active AND c.status <> 'archived'$ddl$,
            v, c, format('t%s', lpad((n - 1)::text, 4, '0')));
    END LOOP;
END
$drift$;


-- Enum labels: bench_status loses 'suspended' and gains 'review' before
-- 'active'. PostgreSQL cannot drop a label, so the type is rebuilt the way a
-- plan would have to: the views reading its columns go first (PostgreSQL
-- refuses to change the type of a column a view reads), every column moves
-- to the new type with its default dropped and set again (a default is
-- typed), the old type goes, and the views come back as they were.
CREATE TEMPORARY TABLE saved_views AS
SELECT viewname::text AS name, definition
FROM pg_views
WHERE schemaname = 'public' AND viewname NOT LIKE 'chain\_%'; -- the chain reads no enum column

DO $drift$
DECLARE
    v record;
BEGIN
    FOR v IN SELECT name FROM saved_views ORDER BY name LOOP
        EXECUTE format('DROP VIEW %I', v.name);
    END LOOP;
END
$drift$;

ALTER TYPE bench_status RENAME TO bench_status_before_drift;
CREATE TYPE bench_status AS ENUM ('draft', 'review', 'active', 'closed', 'archived');

-- One ALTER TABLE per table, so each is rewritten once; committing every
-- hundred keeps the lock table small (see generate-postgres.sql).
DO $drift$
DECLARE
    c record;
    done integer := 0;
BEGIN
    FOR c IN
        SELECT a.attrelid::regclass AS tbl, a.attname AS col,
               replace(pg_get_expr(d.adbin, d.adrelid), 'bench_status_before_drift', 'bench_status') AS def
        FROM pg_attribute AS a
        JOIN pg_class AS r ON r.oid = a.attrelid AND r.relkind = 'r'
        LEFT JOIN pg_attrdef AS d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE a.atttypid = 'bench_status_before_drift'::regtype AND NOT a.attisdropped
        ORDER BY a.attrelid, a.attnum
    LOOP
        IF c.def IS NULL THEN
            EXECUTE format('ALTER TABLE %1$s ALTER COLUMN %2$I TYPE bench_status USING %2$I::text::bench_status',
                           c.tbl, c.col);
        ELSE
            EXECUTE format('ALTER TABLE %1$s ALTER COLUMN %2$I DROP DEFAULT, '
                           'ALTER COLUMN %2$I TYPE bench_status USING %2$I::text::bench_status, '
                           'ALTER COLUMN %2$I SET DEFAULT %3$s',
                           c.tbl, c.col, c.def);
        END IF;
        done := done + 1;
        IF done % 100 = 0 THEN
            COMMIT;
        END IF;
    END LOOP;
END
$drift$;

DROP TYPE bench_status_before_drift;

DO $drift$
DECLARE
    v record;
BEGIN
    FOR v IN SELECT name, definition FROM saved_views ORDER BY name LOOP
        EXECUTE format('CREATE VIEW %I AS %s', v.name, v.definition);
    END LOOP;
END
$drift$;

ANALYZE;

-- The column under the view chain (chain-postgres.sql) gets wider; the views
-- stay as they were, so only their dependency forces them down and up.
DROP VIEW chain_outer;
DROP VIEW chain_inner;
ALTER TABLE t0007 ALTER COLUMN code TYPE varchar(64);
CREATE VIEW chain_inner AS SELECT id, code FROM t0007;
CREATE VIEW chain_outer AS SELECT code FROM chain_inner WHERE code <> '';
