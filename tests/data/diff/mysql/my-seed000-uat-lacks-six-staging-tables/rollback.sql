-- Parity rollback script: turns golden_mysql_t back into golden_mysql_f.
-- FROM: golden_mysql_t
-- TO:   golden_mysql_f
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards (not measured: they depend on the data when the rollback runs):
--   high   golden_mysql_f.flash_commission_tiers drops the table and its rows
--   high   golden_mysql_f.sync_audit_logs drops the table and its rows
--   high   golden_mysql_f.compliance_records drops the table and its rows
--   high   golden_mysql_f.mobilemart_transactions drops the table and its rows
--   high   golden_mysql_f.reseller_floats drops the table and its rows
--   high   golden_mysql_f.tax_configurations drops the table and its rows
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

ALTER TABLE `compliance_records` DROP FOREIGN KEY `compliance_records_ibfk_1`;

ALTER TABLE `mobilemart_transactions` DROP FOREIGN KEY `mobilemart_transactions_ibfk_1`;

ALTER TABLE `reseller_floats` DROP FOREIGN KEY `reseller_floats_ibfk_1`;

-- IRREVERSIBLE: drops golden_mysql_f.compliance_records and whatever was written to it since the forward script ran.
DROP TABLE `compliance_records`;

-- IRREVERSIBLE: drops golden_mysql_f.flash_commission_tiers and whatever was written to it since the forward script ran.
DROP TABLE `flash_commission_tiers`;

-- IRREVERSIBLE: drops golden_mysql_f.mobilemart_transactions and whatever was written to it since the forward script ran.
DROP TABLE `mobilemart_transactions`;

-- IRREVERSIBLE: drops golden_mysql_f.reseller_floats and whatever was written to it since the forward script ran.
DROP TABLE `reseller_floats`;

-- IRREVERSIBLE: drops golden_mysql_f.sync_audit_logs and whatever was written to it since the forward script ran.
DROP TABLE `sync_audit_logs`;

-- IRREVERSIBLE: drops golden_mysql_f.tax_configurations and whatever was written to it since the forward script ran.
DROP TABLE `tax_configurations`;
