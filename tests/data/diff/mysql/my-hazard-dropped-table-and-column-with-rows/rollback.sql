-- Parity rollback script: turns golden_mysql_t back into golden_mysql_f.
-- FROM: golden_mysql_t
-- TO:   golden_mysql_f
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards: none
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

-- IRREVERSIBLE: the forward script dropped table golden_mysql_f.audit_log (5 rows); it comes back empty. Restore its rows from the backup.
CREATE TABLE `audit_log` (
    `id` bigint(20) NOT NULL AUTO_INCREMENT,
    `user_id` int(11) NULL,
    `action` varchar(50) NOT NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT COLLATE=utf8mb4_unicode_ci;

-- IRREVERSIBLE: the forward script dropped column golden_mysql_f.users.legacy_code (2 values); it comes back empty. Restore its values from the backup.
ALTER TABLE `users` ADD COLUMN `legacy_code` varchar(12) COLLATE `utf8mb4_unicode_ci` NULL AFTER `name`;

CREATE INDEX `audit_log_user_id` ON `audit_log` (`user_id`);

ALTER TABLE `audit_log` ADD CONSTRAINT `audit_log_user_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT;
