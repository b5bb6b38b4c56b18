-- Parity migration script: turns golden_mysql_f into golden_mysql_t.
-- FROM: golden_mysql_f
-- TO:   golden_mysql_t
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards: none
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

ALTER TABLE `orders` MODIFY COLUMN `note` varchar(100) COLLATE `utf8mb4_general_ci` NULL AFTER `Qty "n"`;

ALTER TABLE `orders` MODIFY COLUMN `status` varchar(20) COLLATE `utf8mb4_general_ci` NOT NULL DEFAULT 'new' AFTER `id`;

ALTER TABLE `orders` ADD COLUMN `extra` longtext COLLATE `utf8mb4_bin` NULL CHECK (json_valid(`extra`)) AFTER `note`;

ALTER TABLE `orders` MODIFY COLUMN `Qty "n"` int(11) NOT NULL DEFAULT 1 CHECK (`Qty "n"` > 0) AFTER `status`;

ALTER TABLE `orders` MODIFY COLUMN `status` varchar(20) COLLATE `utf8mb4_general_ci` NOT NULL DEFAULT 'new' CHECK (`status` in ('new','paid','shipped')) AFTER `id`;
