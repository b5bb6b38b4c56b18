-- Two views in a chain over t0007, added to the base after
-- generate-postgres.sql: chain_outer reads chain_inner, which reads
-- t0007.code. drift-postgres.sql widens that column under both, which a plan
-- can only do by taking both views down first and putting them back after.
\set ON_ERROR_STOP on
CREATE VIEW chain_inner AS SELECT id, code FROM t0007;
CREATE VIEW chain_outer AS SELECT code FROM chain_inner WHERE code <> '';
