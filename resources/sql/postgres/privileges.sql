-- Privileges (ACL items) on relations and their columns, schemas and
-- routines, one row per grantee and privilege. An object that was never
-- granted on has a NULL ACL, which means the kind's defaults (acldefault):
-- for routines that includes EXECUTE for PUBLIC, so a REVOKE from PUBLIC is
-- seen. The owner's own privileges come with ownership and are left out;
-- the grantee 0 is PUBLIC.
WITH items AS (
    SELECT 'relation' AS kind, c.oid AS object_oid, c.relnamespace AS schema_oid, c.relname AS name,
           NULL::text AS arguments, NULL::name AS column_name, c.relowner AS owner_oid,
           aclexplode(coalesce(c.relacl, acldefault((CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END)::"char", c.relowner))) AS item
    FROM pg_class c
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
    UNION ALL
    SELECT 'column', c.oid, c.relnamespace, c.relname, NULL, a.attname, c.relowner, aclexplode(a.attacl)
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
    UNION ALL
    SELECT 'schema', n.oid, n.oid, n.nspname, NULL, NULL, n.nspowner, aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner)))
    FROM pg_namespace n
    UNION ALL
    SELECT 'routine', p.oid, p.pronamespace, p.proname, pg_get_function_identity_arguments(p.oid), NULL, p.proowner,
           aclexplode(coalesce(p.proacl, acldefault('f', p.proowner)))
    FROM pg_proc p
)
SELECT i.kind,
       i.object_oid,
       i.schema_oid,
       i.name,
       i.arguments,
       i.column_name,
       CASE WHEN (i.item).grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid((i.item).grantee) END AS grantee,
       (i.item).privilege_type AS privilege,
       (i.item).is_grantable AS grantable
FROM items i
JOIN pg_namespace n ON n.oid = i.schema_oid
WHERE (i.item).grantee <> i.owner_oid
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
ORDER BY 1, 2, 6, 7, 8
