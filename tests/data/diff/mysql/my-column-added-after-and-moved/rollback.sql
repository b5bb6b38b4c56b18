-- Parity rollback script: turns golden_mysql_t back into golden_mysql_f.
-- FROM: golden_mysql_t
-- TO:   golden_mysql_f
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards (not measured: they depend on the data when the rollback runs):
--   high   golden_mysql_f.customers.middle_name drops the column and its values
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

-- IRREVERSIBLE: drops golden_mysql_f.customers.middle_name and whatever was written to it since the forward script ran.
ALTER TABLE `customers` DROP COLUMN `middle_name`;

ALTER TABLE `customers` MODIFY COLUMN `email` varchar(100) COLLATE `utf8mb4_unicode_ci` NOT NULL AFTER `first_name`;

ALTER TABLE `customers` MODIFY COLUMN `last_name` varchar(50) COLLATE `utf8mb4_unicode_ci` NOT NULL DEFAULT '' COMMENT 'family name' AFTER `email`;
