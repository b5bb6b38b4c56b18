-- Parity rollback script: turns golden_mysql_t back into golden_mysql_f.
-- FROM: golden_mysql_t
-- TO:   golden_mysql_f
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards (not measured: they depend on the data when the rollback runs):
--   high   golden_mysql_f.orders.status removes the label refunded that rows may still hold
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

ALTER TABLE `orders` MODIFY COLUMN `status` enum('pending','paid','cancelled','legacy') COLLATE `utf8mb4_unicode_ci` NOT NULL DEFAULT 'pending' AFTER `id`;
