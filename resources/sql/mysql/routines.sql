-- Stored functions and procedures of one database (MariaDB packages are
-- Oracle-mode objects and are not read).
SELECT r.ROUTINE_NAME, r.ROUTINE_TYPE, r.DTD_IDENTIFIER, r.ROUTINE_BODY,
       r.ROUTINE_DEFINITION, r.IS_DETERMINISTIC, r.SQL_DATA_ACCESS, r.SECURITY_TYPE,
       r.ROUTINE_COMMENT, r.DEFINER, r.CHARACTER_SET_NAME, r.COLLATION_NAME,
       r.DATABASE_COLLATION
FROM information_schema.ROUTINES r
WHERE r.ROUTINE_SCHEMA = ?
  AND r.ROUTINE_TYPE IN ('FUNCTION', 'PROCEDURE')
