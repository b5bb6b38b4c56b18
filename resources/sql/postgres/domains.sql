-- Domains with their CHECK constraints, one row per check (a domain without
-- checks gives one row with a NULL check). The base type prints as
-- format_type gives it under the pinned search path, so a domain over
-- another domain names it. A collation is named only where it differs from
-- the base type's own. NOT NULL is typnotnull on PostgreSQL 15.
SELECT t.oid,
       t.typnamespace AS schema_oid,
       t.typname AS name,
       format_type(t.typbasetype, t.typtypmod) AS base_type,
       co.collname AS collation,
       t.typdefault AS default_expression,
       t.typnotnull AS not_null,
       pg_get_userbyid(t.typowner) AS owner,
       d.description AS comment,
       c.conname AS check_name,
       pg_get_constraintdef(c.oid) AS check_expression,
       c.convalidated AS check_validated
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_collation co ON t.typcollation <> bt.typcollation AND co.oid = t.typcollation
LEFT JOIN pg_constraint c ON c.contypid = t.oid AND c.contype = 'c'
LEFT JOIN pg_description d
       ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
WHERE t.typtype = 'd'
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend e
                  WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
ORDER BY t.oid, c.conname
