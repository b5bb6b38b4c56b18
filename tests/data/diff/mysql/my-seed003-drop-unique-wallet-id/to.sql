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
    INDEX `wallet_transactions_walletId_fkey` (`walletId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

ALTER TABLE `wallet_transactions` ADD CONSTRAINT `wallet_transactions_walletId_fkey`
    FOREIGN KEY (`walletId`) REFERENCES `OrganisationWallet` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
