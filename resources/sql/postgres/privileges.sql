-- Privileges (ACL items) on relations and their columns, schemas and
-- routines, one row per grantee and privilege. An object that was never
-- granted on has a NULL ACL, which means the kind's defaults (acldefault):
-- for relations and schemas that is the owner alone, so they are skipped;
-- for routines it includes EXECUTE for PUBLIC, so a REVOKE from PUBLIC is
-- seen. The owner's own privileges come with ownership and are left out;
-- the grantee 0 is PUBLIC. The system schemas are left out before any ACL
-- is taken apart: a catalog of thousands of tables without grants costs
-- next to nothing here.
WITH ns AS (
    SELECT n.oid, n.nspowner, n.nspacl
    FROM pg_namespace n
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname NOT LIKE 'pg\_toast%'
      AND n.nspname NOT LIKE 'pg\_temp\_%'
),
items AS (
    SELECT 'relation' AS kind, c.oid AS object_oid, c.relnamespace AS schema_oid, c.relname AS name,
           NULL::text AS arguments, NULL::name AS column_name, c.relowner AS owner_oid, aclexplode(c.relacl) AS item
    FROM pg_class c
    JOIN ns ON ns.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND c.relacl IS NOT NULL
    UNION ALL
    SELECT 'column', c.oid, c.relnamespace, c.relname, NULL, a.attname, c.relowner, aclexplode(a.attacl)
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN ns ON ns.oid = c.relnamespace
    WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
    UNION ALL
    SELECT 'schema', ns.oid, ns.oid, NULL, NULL, NULL, ns.nspowner, aclexplode(ns.nspacl)
    FROM ns
    WHERE ns.nspacl IS NOT NULL
    UNION ALL
    SELECT 'routine', p.oid, p.pronamespace, p.proname, pg_get_function_identity_arguments(p.oid), NULL, p.proowner,
           aclexplode(coalesce(p.proacl, acldefault('f', p.proowner)))
    FROM pg_proc p
    JOIN ns ON ns.oid = p.pronamespace
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
WHERE (i.item).grantee <> i.owner_oid
ORDER BY 1, 2, 6, 7, 8
