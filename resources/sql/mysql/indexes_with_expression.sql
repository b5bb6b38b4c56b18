-- Index key parts of one database on servers with functional key parts
-- (MySQL 8.0.13+), where COLUMN_NAME is NULL and EXPRESSION holds the part.
SELECT s.TABLE_NAME, s.INDEX_NAME, s.NON_UNIQUE, s.SEQ_IN_INDEX, s.COLUMN_NAME,
       s.EXPRESSION, s.COLLATION, s.SUB_PART, s.INDEX_TYPE, s.INDEX_COMMENT
FROM information_schema.STATISTICS s
WHERE s.TABLE_SCHEMA = ?
ORDER BY s.TABLE_NAME, s.INDEX_NAME, s.SEQ_IN_INDEX
