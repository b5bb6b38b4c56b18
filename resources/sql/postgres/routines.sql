-- Functions, procedures and aggregates. pg_get_functiondef cannot print an
-- aggregate, so for those the parts of CREATE AGGREGATE come along instead
-- and the client assembles the statement.
SELECT p.pronamespace AS schema_oid,
       p.proname AS name,
       p.prokind AS kind,
       pg_get_function_identity_arguments(p.oid) AS arguments,
       CASE WHEN p.prokind <> 'p' THEN pg_get_function_result(p.oid) END AS return_type,
       l.lanname AS language,
       CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) END AS definition,
       pg_get_userbyid(p.proowner) AS owner,
       d.description AS comment,
       CASE WHEN p.prokind = 'a' THEN quote_ident(n.nspname) || '.' || quote_ident(p.proname) END
           AS qualified_name,
       a.aggkind AS aggregate_kind,
       a.aggtransfn::regproc::text AS state_function,
       format_type(a.aggtranstype, NULL) AS state_type,
       CASE WHEN a.aggfinalfn <> 0 THEN a.aggfinalfn::regproc::text END AS final_function,
       CASE WHEN a.aggcombinefn <> 0 THEN a.aggcombinefn::regproc::text END AS combine_function,
       a.agginitval AS initial_condition,
       CASE WHEN a.aggsortop <> 0 THEN a.aggsortop::regoper::text END AS sort_operator
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_language l ON l.oid = p.prolang
LEFT JOIN pg_aggregate a ON p.prokind = 'a' AND a.aggfnoid = p.oid
LEFT JOIN pg_description d
       ON d.objoid = p.oid AND d.classoid = 'pg_proc'::regclass AND d.objsubid = 0
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend e
                  WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')
