-- Parity rollback script: turns golden_mysql_t back into golden_mysql_f.
-- FROM: golden_mysql_t
-- TO:   golden_mysql_f
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards (not measured: they depend on the data when the rollback runs):
--   high   golden_mysql_f.select.mood removes the labels très bien, don't ask that rows may still hold
--   high   golden_mysql_f.group drops the table and its rows
--   high   golden_mysql_f.select.order drops the column and its values
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

DROP VIEW `Ünïcødé view`;

DROP VIEW `view of ``select```;

ALTER TABLE `group` DROP FOREIGN KEY `fk; DROP TABLE ``select``; --`;

ALTER TABLE `Ünïcødé täble` DROP FOREIGN KEY `fk to select`;

DROP INDEX `uq select.from` ON `select`;

DROP INDEX `ïdx naïve` ON `Ünïcødé täble`;

ALTER TABLE `select` DROP CONSTRAINT `chk ``quote``d`` >= 0`;

-- IRREVERSIBLE: drops golden_mysql_f.select.order and whatever was written to it since the forward script ran.
ALTER TABLE `select` DROP COLUMN `order`;

ALTER TABLE `select` MODIFY COLUMN `User Name` varchar(40) COLLATE `utf8mb4_unicode_ci` NULL AFTER `from`;

ALTER TABLE `select` MODIFY COLUMN `mood` enum('happy','it''s fine','so "so"','C:\\temp') COLLATE `utf8mb4_unicode_ci` NOT NULL DEFAULT 'it''s fine' AFTER `quote``d`;

-- IRREVERSIBLE: the forward script dropped column golden_mysql_f.select.drop me; now (2 values); it comes back empty. Restore its values from the backup.
ALTER TABLE `select` ADD COLUMN `drop me; now` text COLLATE `utf8mb4_unicode_ci` NULL AFTER `mood`;

-- IRREVERSIBLE: drops golden_mysql_f.group and whatever was written to it since the forward script ran.
DROP TABLE `group`;

CREATE INDEX `idx on ``from``` ON `select` (`from`);

ALTER TABLE `Ünïcødé täble` ADD CONSTRAINT `fk to select` FOREIGN KEY (`select_id`) REFERENCES `select` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT;

CREATE VIEW `view of ``select``` AS select `select`.`id` AS `id`,`select`.`from` AS `from`,`select`.`mood` AS `mood` from `select`;
