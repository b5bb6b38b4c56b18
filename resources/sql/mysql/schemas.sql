-- Every database on the server; system databases and the schema filter are
-- applied by the caller.
SELECT s.SCHEMA_NAME, '' AS SCHEMA_COMMENT
FROM information_schema.SCHEMATA s
