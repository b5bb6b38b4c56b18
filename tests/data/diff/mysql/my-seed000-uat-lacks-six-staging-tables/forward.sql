-- Parity migration script: turns golden_mysql_f into golden_mysql_t.
-- FROM: golden_mysql_f
-- TO:   golden_mysql_t
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards: none
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

CREATE TABLE `compliance_records` (
    `id` int(11) NOT NULL AUTO_INCREMENT,
    `user_id` int(11) NOT NULL,
    `record_type` varchar(50) NOT NULL,
    `payload` longtext COLLATE `utf8mb4_bin` NOT NULL CHECK (json_valid(`payload`)),
    `created_at` datetime NOT NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `flash_commission_tiers` (
    `id` int(11) NOT NULL AUTO_INCREMENT,
    `min_volume` decimal(14,2) NOT NULL,
    `max_volume` decimal(14,2) NULL,
    `rate_percent` decimal(5,3) NOT NULL,
    `created_at` datetime NOT NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `flash_commission_tiers_rate_chk` CHECK (`rate_percent` >= 0)
) ENGINE=InnoDB DEFAULT COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mobilemart_transactions` (
    `id` bigint(20) NOT NULL AUTO_INCREMENT,
    `transaction_id` bigint(20) NULL,
    `mobilemart_ref` varchar(64) NOT NULL,
    `status` enum('pending','settled','failed') NOT NULL DEFAULT 'pending',
    `created_at` datetime NOT NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `reseller_floats` (
    `id` int(11) NOT NULL AUTO_INCREMENT,
    `reseller_id` int(11) NOT NULL,
    `balance` decimal(14,2) NOT NULL DEFAULT 0.00,
    `updated_at` datetime NOT NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sync_audit_logs` (
    `id` bigint(20) NOT NULL AUTO_INCREMENT,
    `direction` enum('uat_to_staging','staging_to_uat') NOT NULL,
    `table_name` varchar(128) NOT NULL,
    `rows_affected` int(11) NOT NULL DEFAULT 0,
    `performed_by` varchar(100) NOT NULL,
    `created_at` datetime NOT NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tax_configurations` (
    `id` int(11) NOT NULL AUTO_INCREMENT,
    `country_code` char(2) NOT NULL,
    `tax_name` varchar(50) NOT NULL,
    `rate_percent` decimal(5,3) NOT NULL,
    `effective_from` date NOT NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT COLLATE=utf8mb4_unicode_ci;

CREATE INDEX `user_id` ON `compliance_records` (`user_id`);

CREATE UNIQUE INDEX `mobilemart_ref` ON `mobilemart_transactions` (`mobilemart_ref`);

CREATE INDEX `transaction_id` ON `mobilemart_transactions` (`transaction_id`);

CREATE UNIQUE INDEX `reseller_id` ON `reseller_floats` (`reseller_id`);

CREATE INDEX `sync_audit_logs_created_at` ON `sync_audit_logs` (`created_at`);

CREATE UNIQUE INDEX `tax_configurations_unique` ON `tax_configurations` (`country_code`, `tax_name`, `effective_from`);

ALTER TABLE `compliance_records` ADD CONSTRAINT `compliance_records_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT;

ALTER TABLE `mobilemart_transactions` ADD CONSTRAINT `mobilemart_transactions_ibfk_1` FOREIGN KEY (`transaction_id`) REFERENCES `transactions` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT;

ALTER TABLE `reseller_floats` ADD CONSTRAINT `reseller_floats_ibfk_1` FOREIGN KEY (`reseller_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT;
