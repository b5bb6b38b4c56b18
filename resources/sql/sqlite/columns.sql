-- All columns of all ordinary tables in one pass. table_xinfo (rather than
-- table_info) also returns generated columns: hidden = 2 is VIRTUAL,
-- hidden = 3 is STORED.
SELECT m.name       AS table_name,
       p.cid        AS cid,
       p.name       AS column_name,
       p.type       AS declared_type,
       p."notnull"  AS not_null,
       p.dflt_value AS default_value,
       p.pk         AS pk_position,
       p.hidden     AS hidden
FROM main.sqlite_schema AS m
JOIN pragma_table_list AS tl ON tl.schema = 'main' AND tl.name = m.name
JOIN pragma_table_xinfo(m.name, 'main') AS p
WHERE m.type = 'table'
  AND tl.type = 'table'
  AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY m.name, p.cid
