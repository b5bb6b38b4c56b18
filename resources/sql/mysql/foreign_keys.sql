-- Foreign key columns of one database in key order. The rules come from
-- foreign_key_rules.sql: joining the two information_schema tables in SQL
-- makes MariaDB compare every row with every row (neither side is indexed),
-- which takes seconds on a few thousand keys; the introspector joins them
-- through a hash map instead.
SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA,
       k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME
FROM information_schema.KEY_COLUMN_USAGE k
WHERE k.TABLE_SCHEMA = ?
  AND k.REFERENCED_TABLE_NAME IS NOT NULL
ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION
