-- Parity migration script: turns golden_mysql_f into golden_mysql_t.
-- FROM: golden_mysql_f
-- TO:   golden_mysql_t
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards: none
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

ALTER TABLE `customers` ADD COLUMN `middle_name` varchar(50) COLLATE `utf8mb4_unicode_ci` NULL AFTER `first_name`;

ALTER TABLE `customers` MODIFY COLUMN `last_name` varchar(50) COLLATE `utf8mb4_unicode_ci` NOT NULL DEFAULT '' COMMENT 'family name' AFTER `middle_name`;

ALTER TABLE `customers` MODIFY COLUMN `email` varchar(100) COLLATE `utf8mb4_unicode_ci` NOT NULL AFTER `last_name`;
