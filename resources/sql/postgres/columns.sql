-- Columns of every table, view and materialized view in user schemas, in
-- attnum order. The default expression doubles as the generation expression
-- of a generated column (attgenerated = 's'). A collation is named only when
-- it differs from the type's own. An identity column comes with its
-- sequence (pg_depend 'i') and that sequence's options.
SELECT a.attrelid AS relation_oid,
       a.attnum AS attnum,
       a.attname AS name,
       format_type(a.atttypid, a.atttypmod) AS type,
       a.attnotnull AS not_null,
       CASE WHEN a.atthasdef THEN pg_get_expr(ad.adbin, ad.adrelid) END AS expression,
       a.attidentity AS identity,
       a.attgenerated AS generated,
       co.collname AS collation,
       d.description AS comment,
       ids.relname AS identity_sequence,
       ids.seqstart AS identity_start,
       ids.seqincrement AS identity_increment,
       ids.seqmin AS identity_min,
       ids.seqmax AS identity_max,
       ids.seqcache AS identity_cache,
       ids.seqcycle AS identity_cycle
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef ad ON a.atthasdef AND ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_collation co ON a.attcollation <> t.typcollation AND co.oid = a.attcollation
LEFT JOIN pg_description d
       ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum
LEFT JOIN (SELECT dep.refobjid, dep.refobjsubid, sc.relname, s.seqstart, s.seqincrement, s.seqmin,
                  s.seqmax, s.seqcache, s.seqcycle
           FROM pg_sequence s
           JOIN pg_class sc ON sc.oid = s.seqrelid
           JOIN pg_depend dep
             ON dep.classid = 'pg_class'::regclass AND dep.objid = s.seqrelid AND dep.objsubid = 0
            AND dep.refclassid = 'pg_class'::regclass AND dep.deptype = 'i') ids
       ON ids.refobjid = a.attrelid AND ids.refobjsubid = a.attnum
WHERE c.relkind IN ('r', 'p', 'v', 'm')
  AND a.attnum > 0
  AND NOT a.attisdropped
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
ORDER BY a.attrelid, a.attnum
