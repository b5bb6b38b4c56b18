-- Sequences with their owning column (OWNED BY, a pg_depend 'a' entry).
-- Sequences behind identity columns (pg_depend 'i') belong to the column and
-- are left out.
SELECT c.relnamespace AS schema_oid,
       c.relname AS name,
       format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart AS start_value,
       s.seqincrement AS increment,
       s.seqmin AS min_value,
       s.seqmax AS max_value,
       s.seqcache AS cache,
       s.seqcycle AS cycle,
       pg_get_userbyid(c.relowner) AS owner,
       oc.relname AS owned_by_table,
       oa.attname AS owned_by_column
FROM pg_sequence s
JOIN pg_class c ON c.oid = s.seqrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_depend dep
       ON dep.classid = 'pg_class'::regclass AND dep.objid = c.oid
      AND dep.refclassid = 'pg_class'::regclass AND dep.refobjsubid > 0
      AND dep.deptype IN ('a', 'i')
LEFT JOIN pg_class oc ON oc.oid = dep.refobjid
LEFT JOIN pg_attribute oa ON oa.attrelid = dep.refobjid AND oa.attnum = dep.refobjsubid
WHERE (dep.deptype IS NULL OR dep.deptype = 'a')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend e
                  WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
