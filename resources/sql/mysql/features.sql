-- Which optional information_schema columns this server has. The flavours
-- differ (MySQL 8 has STATISTICS.EXPRESSION and TABLE_CONSTRAINTS.ENFORCED,
-- MariaDB has CHECK_CONSTRAINTS.TABLE_NAME and .LEVEL and SCHEMATA.SCHEMA_COMMENT), so
-- the introspector picks its queries by what exists, not by product name.
SELECT UPPER(c.TABLE_NAME), UPPER(c.COLUMN_NAME)
FROM information_schema.COLUMNS c
WHERE c.TABLE_SCHEMA = 'information_schema'
  AND UPPER(c.TABLE_NAME) IN ('STATISTICS', 'CHECK_CONSTRAINTS', 'SCHEMATA', 'TABLE_CONSTRAINTS')
  AND UPPER(c.COLUMN_NAME) IN ('EXPRESSION', 'TABLE_NAME', 'CHECK_CLAUSE', 'SCHEMA_COMMENT', 'ENFORCED', 'LEVEL')
