# MySQL comment: DROP TABLE accounts;
DROP TABLE IF EXISTS legacy_ledger, legacy_audit;
ALTER TABLE account_transfers CHANGE COLUMN note memo VARCHAR(255), CHANGE amount amount DECIMAL(14,2);
