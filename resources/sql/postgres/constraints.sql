-- Primary keys, foreign keys, unique and check constraints of tables in user
-- schemas. Constraints a partition inherits from its parent (conparentid) and
-- inherited checks (not conislocal) are left out, as pg_dump leaves them out:
-- they follow from the parent's. Key columns come as attnum arrays; the
-- client maps them to names. indnullsnotdistinct exists from PostgreSQL 15
-- on, hence the read through to_jsonb, which yields NULL on older servers.
SELECT k.conrelid AS relation_oid,
       k.conname AS name,
       k.contype AS type,
       array_to_string(k.conkey, ' ') AS columns,
       rn.nspname AS referenced_schema,
       rc.relname AS referenced_table,
       k.confrelid AS referenced_oid,
       array_to_string(k.confkey, ' ') AS referenced_columns,
       k.confupdtype AS on_update,
       k.confdeltype AS on_delete,
       k.confmatchtype AS match,
       k.condeferrable AS deferrable,
       k.condeferred AS deferred,
       k.convalidated AS validated,
       CASE WHEN k.contype = 'c' THEN pg_get_expr(k.conbin, k.conrelid) END AS expression,
       CASE WHEN k.contype = 'u'
            THEN (SELECT (to_jsonb(x) ->> 'indnullsnotdistinct')::boolean
                  FROM pg_index x WHERE x.indexrelid = k.conindid) END AS nulls_not_distinct,
       k.connoinherit AS no_inherit,
       cd.description AS comment
FROM pg_constraint k
LEFT JOIN pg_description cd ON cd.objoid = k.oid AND cd.classoid = 'pg_constraint'::regclass
JOIN pg_class c ON c.oid = k.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class rc ON k.contype = 'f' AND rc.oid = k.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
WHERE k.contype IN ('p', 'f', 'u', 'c')
  AND k.conparentid = 0
  AND (k.contype <> 'c' OR k.conislocal)
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
