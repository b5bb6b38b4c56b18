-- Parity rollback script: turns golden_mysql_t back into golden_mysql_f.
-- FROM: golden_mysql_t
-- TO:   golden_mysql_f
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards: none
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

-- Declared rename: column users.email_address becomes email, its values kept.
ALTER TABLE `users` RENAME COLUMN `email_address` TO `email`;

DROP VIEW `user_directory`;

ALTER TABLE `users` RENAME INDEX `email_address` TO `email`;

CREATE VIEW `user_directory` AS select `users`.`id` AS `id`,`users`.`email` AS `email`,`users`.`display_name` AS `display_name` from `users`;
