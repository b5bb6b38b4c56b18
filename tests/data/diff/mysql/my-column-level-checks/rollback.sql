-- Parity rollback script: turns golden_mysql_t back into golden_mysql_f.
-- FROM: golden_mysql_t
-- TO:   golden_mysql_f
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards (not measured: they depend on the data when the rollback runs):
--   high   golden_mysql_f.orders.extra drops the column and its values
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

ALTER TABLE `orders` MODIFY COLUMN `Qty "n"` int(11) NOT NULL DEFAULT 1 AFTER `status`;

ALTER TABLE `orders` MODIFY COLUMN `status` varchar(20) COLLATE `utf8mb4_general_ci` NOT NULL DEFAULT 'new' AFTER `id`;

-- IRREVERSIBLE: drops golden_mysql_f.orders.extra and whatever was written to it since the forward script ran.
ALTER TABLE `orders` DROP COLUMN `extra`;

ALTER TABLE `orders` MODIFY COLUMN `note` varchar(100) COLLATE `utf8mb4_general_ci` NULL CHECK (`note` <> '') AFTER `Qty "n"`;

ALTER TABLE `orders` MODIFY COLUMN `status` varchar(20) COLLATE `utf8mb4_general_ci` NOT NULL DEFAULT 'new' CHECK (`status` in ('new','paid')) AFTER `id`;
