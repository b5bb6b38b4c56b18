-- Index key parts of one database, for servers without functional index
-- parts (MariaDB): EXPRESSION is always NULL here.
SELECT s.TABLE_NAME, s.INDEX_NAME, s.NON_UNIQUE, s.SEQ_IN_INDEX, s.COLUMN_NAME,
       NULL AS EXPRESSION, s.COLLATION, s.SUB_PART, s.INDEX_TYPE, s.INDEX_COMMENT
FROM information_schema.STATISTICS s
WHERE s.TABLE_SCHEMA = ?
ORDER BY s.TABLE_NAME, s.INDEX_NAME, s.SEQ_IN_INDEX
