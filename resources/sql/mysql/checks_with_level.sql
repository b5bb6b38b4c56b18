-- CHECK constraints of one database with their level (MariaDB 10.5.10+): a
-- column-level CHECK is written in its column's definition and named after
-- the column; SHOW CREATE TABLE shows it there, and a JSON column has one.
SELECT cc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE, 'YES' AS ENFORCED, cc.LEVEL
FROM information_schema.CHECK_CONSTRAINTS cc
WHERE cc.CONSTRAINT_SCHEMA = ?
