-- Output columns of one view; used only when view_columns.sql failed
-- because some view is broken.
SELECT p.name AS column_name
FROM pragma_table_xinfo(:view_name, 'main') AS p
ORDER BY p.cid
