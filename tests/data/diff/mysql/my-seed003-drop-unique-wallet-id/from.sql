-- Seed 003 on MySQL: the UNIQUE key on wallet_transactions.walletId is also the index its foreign key uses, so
-- InnoDB refuses to drop it alone; the plan must give the FK a plain index (as TO has) before dropping the unique
-- one, and the rollback the reverse. 1 wallet, 0 transactions, as in the seed.
CREATE TABLE `OrganisationWallet` (
    `id` varchar(191) NOT NULL,
    `organisationId` varchar(191) NOT NULL,
    `balance` int NOT NULL DEFAULT 0,
    `currency` varchar(191) NOT NULL DEFAULT 'ZAR',
    `threshold` int NULL,
    `topupAmount` int NULL,
    `enabled` boolean NOT NULL DEFAULT true,
    `updatedAt` datetime(3) NOT NULL,
    `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    UNIQUE INDEX `OrganisationWallet_organisationId_key` (`organisationId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `wallet_transactions` (
    `id` varchar(191) NOT NULL,
    `walletId` varchar(191) NOT NULL,
    `amount` double NOT NULL,
    `type` enum('credit', 'debit') NOT NULL,
    `description` varchar(191) NULL,
    `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    UNIQUE INDEX `wallet_transactions_walletId_key` (`walletId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

ALTER TABLE `wallet_transactions` ADD CONSTRAINT `wallet_transactions_walletId_fkey`
    FOREIGN KEY (`walletId`) REFERENCES `OrganisationWallet` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

INSERT INTO `OrganisationWallet` (`id`, `organisationId`, `balance`, `updatedAt`)
    VALUES ('6f1c1c1e-0000-4000-8000-000000000001', 'org-datacentrix', 5000, '2025-07-05 19:00:00.000');
