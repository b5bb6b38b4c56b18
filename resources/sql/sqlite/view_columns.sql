-- Output columns of all views in one pass. Fails as a whole when any view
-- refers to something that no longer exists; the introspector then falls
-- back to view_columns_one.sql per view.
SELECT m.name AS view_name,
       p.cid  AS cid,
       p.name AS column_name
FROM main.sqlite_schema AS m
JOIN pragma_table_xinfo(m.name, 'main') AS p
WHERE m.type = 'view'
ORDER BY m.name, p.cid
