ALTER TABLE accounts ADD COLUMN nickname VARCHAR(40);
ALTER TABLE accounts DROP INDEX accounts_owner_idx;
