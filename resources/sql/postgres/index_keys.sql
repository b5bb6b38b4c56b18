-- One row per index column (key columns first, then INCLUDE columns), for
-- the same indexes as indexes.sql. The index's own pg_attribute rows number
-- its columns (attnum 1..indnatts) and carry each one's type, which gives
-- the planner a true row count (a generate_series here made it expect
-- millions of rows and compile the query with JIT, which took a second).
-- indkey, indoption, indclass and indcollation are zero-based vectors;
-- indclass, indoption and indcollation cover key columns only. Table column
-- names are mapped by the client from columns.sql (relation_oid, attnum).
-- An operator class is named only when it is not the default for its type
-- and method; a collation only when it differs from the column's own or, for
-- an expression, from its type's default. The client orders keys by ordinal.
SELECT x.indexrelid AS index_oid,
       x.indrelid AS relation_oid,
       ia.attnum AS ordinal,
       x.indnkeyatts AS key_count,
       x.indkey[ia.attnum - 1] AS attnum,
       CASE WHEN x.indkey[ia.attnum - 1] = 0 THEN pg_get_indexdef(x.indexrelid, ia.attnum, false) END AS expression,
       COALESCE(x.indoption[ia.attnum - 1], 0) AS options,
       CASE WHEN NOT oc.opcdefault THEN oc.opcname END AS opclass,
       CASE WHEN x.indcollation[ia.attnum - 1] <> 0
             AND x.indcollation[ia.attnum - 1] <> CASE
                 WHEN x.indkey[ia.attnum - 1] <> 0
                 THEN (SELECT a.attcollation FROM pg_attribute a
                       WHERE a.attrelid = x.indrelid AND a.attnum = x.indkey[ia.attnum - 1])
                 ELSE (SELECT t.typcollation FROM pg_type t WHERE t.oid = ia.atttypid)
                 END
            THEN (SELECT co.collname FROM pg_collation co WHERE co.oid = x.indcollation[ia.attnum - 1])
       END AS collation
FROM pg_index x
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_class c ON c.oid = x.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute ia ON ia.attrelid = x.indexrelid
LEFT JOIN pg_opclass oc ON ia.attnum <= x.indnkeyatts AND oc.oid = x.indclass[ia.attnum - 1]
WHERE c.relkind IN ('r', 'p', 'm')
  AND NOT i.relispartition
  AND NOT EXISTS (SELECT 1 FROM pg_constraint kk
                  WHERE kk.conindid = x.indexrelid AND kk.conrelid = x.indrelid
                    AND kk.contype IN ('p', 'u'))
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
