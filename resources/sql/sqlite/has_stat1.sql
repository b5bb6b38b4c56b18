-- Whether ANALYZE has ever run (sqlite_stat1 exists only afterwards).
SELECT count(*) AS present
FROM main.sqlite_schema
WHERE type = 'table' AND name = 'sqlite_stat1'
