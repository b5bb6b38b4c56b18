-- Parity migration script: turns uat into staging.
-- Run with: mariadb uat < FILE
SET FOREIGN_KEY_CHECKS = 0;
ALTER TABLE `payments` MODIFY `amount` decimal(12,2) NOT NULL;
CREATE UNIQUE INDEX `payments_reference` ON `payments` (`reference`);
DROP TABLE IF EXISTS `reseller_floats`;
SET FOREIGN_KEY_CHECKS = 1;
