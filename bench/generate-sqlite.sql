-- Writes the benchmark schema for SQLite as SQL text on standard output;
-- SQLite has no procedural SQL, so a recursive query prints the DDL and a
-- second sqlite3 runs it. Parameters: @tables and @views (.parameter set).
-- Same shape as the server dialects: tables tNNNN of ten columns with a
-- primary key, a foreign key to the previous table (t0001 to itself), two
-- secondary indexes and a check; status stands in for the enum (SQLite has
-- no enum types); views vNNN.
.mode list
.headers off
SELECT 'BEGIN;';
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @tables)
SELECT printf(
    'CREATE TABLE t%04d ('
    || ' id INTEGER NOT NULL PRIMARY KEY,'
    || ' parent_id INTEGER REFERENCES t%04d (id) ON DELETE SET NULL,'
    || ' code VARCHAR(32) NOT NULL,'
    || ' name TEXT NOT NULL,'
    || ' status TEXT NOT NULL DEFAULT ''draft'','
    || ' quantity INTEGER NOT NULL DEFAULT 0,'
    || ' price NUMERIC(12, 2),'
    || ' is_active BOOLEAN NOT NULL DEFAULT 1,'
    || ' created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,'
    || ' notes TEXT,'
    || ' CONSTRAINT t%04d_quantity_check CHECK (quantity >= 0));'
    || char(10) || 'CREATE INDEX t%04d_code_idx ON t%04d (code);'
    || char(10) || 'CREATE INDEX t%04d_status_created_idx ON t%04d (status, created_at);',
    i, max(i - 1, 1), i, i, i, i, i)
FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @views),
     spread(i, k) AS (SELECT i, max(2, (i * @tables) / @views) FROM n)
SELECT printf(
    'CREATE VIEW v%03d AS SELECT c.id, c.code, c.status, c.quantity * c.price AS total,'
    || ' p.name AS parent_name FROM t%04d AS c LEFT JOIN t%04d AS p ON p.id = c.parent_id'
    || ' WHERE c.is_active;',
    i, k, k - 1)
FROM spread;
SELECT 'COMMIT;';
