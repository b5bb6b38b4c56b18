-- User triggers on tables and views. Internal ones (foreign-key enforcement)
-- are left out, and so are the clones a partition gets from a trigger on its
-- parent: from PostgreSQL 13 on they carry tgparentid (read through to_jsonb
-- so the query also runs on 12, where clones are marked internal instead).
SELECT c.relnamespace AS schema_oid,
       c.relname AS table_name,
       t.tgname AS name,
       t.tgtype AS type_bits,
       t.tgenabled AS enabled,
       pg_get_triggerdef(t.oid) AS definition
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal
  AND COALESCE((to_jsonb(t) ->> 'tgparentid')::oid, 0) = 0
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend e
                  WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
