-- Indexes of tables and materialized views, except those that back a
-- primary key or unique constraint (those are recorded with the constraint)
-- and partition indexes attached to a partitioned parent's index (they
-- follow from the parent's). An exclusion constraint's index comes with the
-- constraint's text. indnullsnotdistinct (PostgreSQL 15+) is read through
-- to_jsonb, which yields NULL on older servers.
SELECT x.indexrelid AS oid,
       x.indrelid AS relation_oid,
       i.relname AS name,
       x.indisunique AS is_unique,
       am.amname AS method,
       x.indnkeyatts AS key_count,
       CASE WHEN x.indpred IS NOT NULL THEN pg_get_expr(x.indpred, x.indrelid) END AS predicate,
       pg_get_indexdef(x.indexrelid) AS definition,
       d.description AS comment,
       array_to_string(i.reloptions, ', ') AS options,
       CASE WHEN x.indisunique THEN (to_jsonb(x) ->> 'indnullsnotdistinct')::boolean END AS nulls_not_distinct,
       CASE WHEN ex.oid IS NOT NULL THEN pg_get_constraintdef(ex.oid) END AS exclusion
FROM pg_index x
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_class c ON c.oid = x.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_am am ON am.oid = i.relam
LEFT JOIN pg_constraint ex ON ex.conindid = x.indexrelid AND ex.conrelid = x.indrelid AND ex.contype = 'x'
LEFT JOIN pg_description d
       ON d.objoid = i.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
WHERE c.relkind IN ('r', 'p', 'm')
  AND NOT i.relispartition
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k
                  WHERE k.conindid = x.indexrelid AND k.conrelid = x.indrelid
                    AND k.contype IN ('p', 'u'))
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
