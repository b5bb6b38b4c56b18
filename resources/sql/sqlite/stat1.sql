-- Row figures left by ANALYZE. The first number of each stat is the number
-- of rows the index covers (the table's row count for a full index, or for
-- the idx IS NULL row of a table without indexes).
SELECT tbl AS table_name, idx AS index_name, stat AS stat
FROM main.sqlite_stat1
