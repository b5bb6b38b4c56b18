-- User schemas: not the system ones, not temporary ones, not one an extension created.
SELECT n.oid,
       n.nspname AS name,
       pg_get_userbyid(n.nspowner) AS owner,
       d.description AS comment
FROM pg_namespace n
LEFT JOIN pg_description d
       ON d.objoid = n.oid AND d.classoid = 'pg_namespace'::regclass AND d.objsubid = 0
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend e
                  WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid AND e.deptype = 'e')
