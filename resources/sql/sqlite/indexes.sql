-- Every index of every ordinary table with its key parts, in one pass.
-- origin is 'c' for CREATE INDEX, 'u' for a UNIQUE constraint, 'pk' for the
-- PRIMARY KEY.
-- key = 0 rows are the auxiliary columns (rowid or the primary key) that
-- SQLite appends to every index; they are not part of the definition.
-- cid = -2 marks an expression key; its text comes from the CREATE INDEX.
SELECT m.name      AS table_name,
       il.name     AS index_name,
       il."unique" AS is_unique,
       il.origin   AS origin,
       il.partial  AS is_partial,
       ix.seqno    AS seqno,
       ix.cid      AS cid,
       ix.name     AS column_name,
       ix."desc"   AS is_desc,
       ix.coll     AS collation,
       s.sql       AS sql
FROM main.sqlite_schema AS m
JOIN pragma_table_list AS tl ON tl.schema = 'main' AND tl.name = m.name
JOIN pragma_index_list(m.name, 'main') AS il
JOIN pragma_index_xinfo(il.name, 'main') AS ix
LEFT JOIN main.sqlite_schema AS s ON s.type = 'index' AND s.name = il.name
WHERE m.type = 'table'
  AND tl.type = 'table'
  AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
  AND ix.key = 1
ORDER BY m.name, il.name, ix.seqno
