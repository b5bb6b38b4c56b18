-- CHECK constraints of one database where CHECK_CONSTRAINTS lacks the table
-- (MySQL 8.0.16+): the table comes from TABLE_CONSTRAINTS. MySQL's check
-- names are unique per database, so schema and name identify one check.
SELECT tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE, tc.ENFORCED
FROM information_schema.TABLE_CONSTRAINTS tc
JOIN information_schema.CHECK_CONSTRAINTS cc
  ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
 AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
WHERE tc.TABLE_SCHEMA = ?
  AND cc.CONSTRAINT_SCHEMA = ?
  AND tc.CONSTRAINT_TYPE = 'CHECK'
