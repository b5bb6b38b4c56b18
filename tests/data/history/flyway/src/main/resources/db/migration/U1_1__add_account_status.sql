ALTER TABLE accounts DROP INDEX accounts_status_idx, DROP COLUMN status;
