-- Enum types with their labels in sort order (enumsortorder, not oid order:
-- ALTER TYPE ... ADD VALUE ... BEFORE puts a new label anywhere).
SELECT t.oid,
       t.typnamespace AS schema_oid,
       t.typname AS name,
       pg_get_userbyid(t.typowner) AS owner,
       d.description AS comment,
       e.enumlabel AS label
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_enum e ON e.enumtypid = t.oid
LEFT JOIN pg_description d
       ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
WHERE t.typtype = 'e'
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend e2
                  WHERE e2.classid = 'pg_type'::regclass AND e2.objid = t.oid AND e2.deptype = 'e')
ORDER BY t.oid, e.enumsortorder
