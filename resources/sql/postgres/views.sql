-- Views and materialized views. The check option lives in reloptions.
SELECT c.oid,
       c.relnamespace AS schema_oid,
       c.relname AS name,
       c.relkind AS kind,
       pg_get_viewdef(c.oid) AS definition,
       (SELECT upper(substr(o, length('check_option=') + 1))
        FROM unnest(c.reloptions) AS o
        WHERE o LIKE 'check\_option=%') AS check_option,
       pg_get_userbyid(c.relowner) AS owner,
       d.description AS comment
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
WHERE c.relkind IN ('v', 'm')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend e
                  WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
