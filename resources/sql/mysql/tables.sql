-- Base tables and MariaDB sequences (which are tables underneath) of one
-- database. Views come from views.sql.
SELECT t.TABLE_NAME, t.TABLE_TYPE, t.ENGINE, t.TABLE_ROWS, t.TABLE_COLLATION,
       t.CREATE_OPTIONS, t.TABLE_COMMENT
FROM information_schema.TABLES t
WHERE t.TABLE_SCHEMA = ?
  AND t.TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED', 'SEQUENCE')
