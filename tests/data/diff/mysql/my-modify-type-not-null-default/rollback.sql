-- Parity rollback script: turns golden_mysql_t back into golden_mysql_f.
-- FROM: golden_mysql_t
-- TO:   golden_mysql_f
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards: none
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

ALTER TABLE `products` MODIFY COLUMN `sku` varchar(20) COLLATE `utf8mb4_unicode_ci` NULL AFTER `id`;

ALTER TABLE `products` MODIFY COLUMN `price` decimal(8,2) NULL AFTER `sku`;

ALTER TABLE `products` MODIFY COLUMN `stock` int(11) NOT NULL DEFAULT 0 AFTER `price`;

ALTER TABLE `products` MODIFY COLUMN `status` varchar(10) COLLATE `utf8mb4_unicode_ci` NOT NULL DEFAULT 'new' AFTER `stock`;
