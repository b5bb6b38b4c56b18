-- The library version and the file behind the "main" schema, for
-- the server version and database name of the catalog.
SELECT sqlite_version() AS version,
       (SELECT file FROM pragma_database_list WHERE name = 'main') AS file
