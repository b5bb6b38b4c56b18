-- Parity migration script: turns golden_mysql_f into golden_mysql_t.
-- FROM: golden_mysql_f
-- TO:   golden_mysql_t
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards: none
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

-- Declared rename: column users.email becomes email_address, its values kept.
ALTER TABLE `users` RENAME COLUMN `email` TO `email_address`;

DROP VIEW `user_directory`;

ALTER TABLE `users` RENAME INDEX `email` TO `email_address`;

CREATE VIEW `user_directory` AS select `users`.`id` AS `id`,`users`.`email_address` AS `email_address`,`users`.`display_name` AS `display_name` from `users`;
