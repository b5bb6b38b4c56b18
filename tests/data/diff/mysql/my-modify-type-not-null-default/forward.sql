-- Parity migration script: turns golden_mysql_f into golden_mysql_t.
-- FROM: golden_mysql_f
-- TO:   golden_mysql_t
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards:
--   low    golden_mysql_f.products.sku sets NOT NULL on a column that may hold NULLs: the change fails while any do: 0 NULLs
--   low    golden_mysql_f.products.price sets NOT NULL on a column that may hold NULLs: the change fails while any do: 0 NULLs
--   low    golden_mysql_f.products changes the type of sku, which rewrites every row; the table is locked while it runs: 3 rows
--   low    golden_mysql_f.products changes the type of price, which rewrites every row; the table is locked while it runs: 3 rows
--   low    golden_mysql_f.products changes the type of stock, which rewrites every row; the table is locked while it runs: 3 rows
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

ALTER TABLE `products` MODIFY COLUMN `sku` varchar(40) COLLATE `utf8mb4_unicode_ci` NOT NULL AFTER `id`;

ALTER TABLE `products` MODIFY COLUMN `price` decimal(12,2) NOT NULL DEFAULT 0.00 AFTER `sku`;

ALTER TABLE `products` MODIFY COLUMN `stock` bigint(20) NOT NULL DEFAULT 10 AFTER `price`;

ALTER TABLE `products` MODIFY COLUMN `status` varchar(10) COLLATE `utf8mb4_unicode_ci` NOT NULL AFTER `stock`;
