-- Parameters of one database's routines in declaration order. Position 0 is
-- a function's return value, which routines.sql already has.
SELECT p.SPECIFIC_NAME, p.ROUTINE_TYPE, p.ORDINAL_POSITION, p.PARAMETER_MODE,
       p.PARAMETER_NAME, p.DTD_IDENTIFIER, p.CHARACTER_SET_NAME, p.COLLATION_NAME
FROM information_schema.PARAMETERS p
WHERE p.SPECIFIC_SCHEMA = ?
  AND p.ORDINAL_POSITION > 0
ORDER BY p.SPECIFIC_NAME, p.ROUTINE_TYPE, p.ORDINAL_POSITION
