-- CHECK constraints of one database where CHECK_CONSTRAINTS names the table
-- (MariaDB). MariaDB's names are unique per table only, and a column-level
-- CHECK is named after its column. MariaDB has no unenforced checks.
SELECT cc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE, 'YES' AS ENFORCED
FROM information_schema.CHECK_CONSTRAINTS cc
WHERE cc.CONSTRAINT_SCHEMA = ?
