-- Parity migration script: turns golden_mysql_f into golden_mysql_t.
-- FROM: golden_mysql_f
-- TO:   golden_mysql_t
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards:
--   high   golden_mysql_f.orders.status removes the label legacy that rows may still hold: 2 rows
--   low    golden_mysql_f.orders changes the type of status, which rewrites every row; the table is locked while it runs: 4 rows
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

ALTER TABLE `orders` MODIFY COLUMN `status` enum('pending','paid','refunded','cancelled') COLLATE `utf8mb4_unicode_ci` NOT NULL DEFAULT 'pending' AFTER `id`;
