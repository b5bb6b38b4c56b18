-- Every foreign key of every ordinary table, one row per column pair.
-- SQLite numbers the keys of a table from the last declared (id 0) to the
-- first; to_column is NULL when the REFERENCES clause names no columns,
-- which means the parent's primary key.
SELECT m.name       AS table_name,
       fk.id        AS fk_id,
       fk.seq       AS seq,
       fk."table"   AS parent_table,
       fk."from"    AS from_column,
       fk."to"      AS to_column,
       fk.on_update AS on_update,
       fk.on_delete AS on_delete,
       fk."match"   AS match_type
FROM main.sqlite_schema AS m
JOIN pragma_table_list AS tl ON tl.schema = 'main' AND tl.name = m.name
JOIN pragma_foreign_key_list(m.name, 'main') AS fk
WHERE m.type = 'table'
  AND tl.type = 'table'
  AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY m.name, fk.id, fk.seq
