-- plpgsql is left out: every database gets it from template1, so listing it
-- would only add the same line to every catalog.
SELECT x.extname AS name,
       n.nspname AS schema,
       x.extversion AS version
FROM pg_extension x
JOIN pg_namespace n ON n.oid = x.extnamespace
WHERE x.extname <> 'plpgsql'
