-- Every database on the server, with MariaDB's database comment.
SELECT s.SCHEMA_NAME, s.SCHEMA_COMMENT
FROM information_schema.SCHEMATA s
