-- Parity rollback script: turns golden_mysql_t back into golden_mysql_f.
-- FROM: golden_mysql_t
-- TO:   golden_mysql_f
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards: none
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

ALTER TABLE `wallet_transactions` DROP FOREIGN KEY `wallet_transactions_walletId_fkey`;

DROP INDEX `wallet_transactions_walletId_fkey` ON `wallet_transactions`;

CREATE UNIQUE INDEX `wallet_transactions_walletId_key` ON `wallet_transactions` (`walletId`);

ALTER TABLE `wallet_transactions` ADD CONSTRAINT `wallet_transactions_walletId_fkey` FOREIGN KEY (`walletId`) REFERENCES `OrganisationWallet` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
