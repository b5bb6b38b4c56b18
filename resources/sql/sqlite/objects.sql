-- Every user object of the "main" schema with its CREATE text. SQLite's own
-- objects (sqlite_sequence, sqlite_stat*, sqlite_autoindex_*) are left out;
-- pragma_table_list tells ordinary tables from virtual and shadow ones. It is
-- read once in a subquery: joined directly, SQLite re-runs the pragma for
-- every row of sqlite_schema, which takes seconds on thousands of tables.
SELECT m.type            AS object_type,
       m.name            AS name,
       m.tbl_name        AS table_name,
       m.sql             AS sql,
       coalesce(tl.type, '') AS table_kind
FROM main.sqlite_schema AS m
LEFT JOIN (SELECT name, type FROM pragma_table_list WHERE schema = 'main') AS tl
       ON tl.name = m.name AND m.type = 'table'
WHERE m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY m.type, m.name
