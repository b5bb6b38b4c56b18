-- Parity migration script: turns golden_mysql_f into golden_mysql_t.
-- FROM: golden_mysql_f
-- TO:   golden_mysql_t
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards:
--   high   golden_mysql_f.select.drop me; now drops the column and its values: 2 values
--   low    golden_mysql_f.select.from adds unique index uq select.from over values that may repeat: the change fails while any do: 0 duplicated values
--   low    golden_mysql_f.Ünïcødé täble.fk to select adds a foreign key to select: rows that point at nothing make the change fail: 0 orphan rows
--   low    golden_mysql_f.select changes the type of User Name, which rewrites every row; the table is locked while it runs: 3 rows
--   low    golden_mysql_f.select changes the type of mood, which rewrites every row; the table is locked while it runs: 3 rows
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

DROP VIEW `view of ``select```;

ALTER TABLE `Ünïcødé täble` DROP FOREIGN KEY `fk to select`;

DROP INDEX `idx on ``from``` ON `select`;

CREATE TABLE `group` (
    `user` int(11) NOT NULL,
    `Select` text NULL
) ENGINE=InnoDB DEFAULT COLLATE=utf8mb4_unicode_ci;

-- IRREVERSIBLE: the column's values are gone once this runs; the backup is the way back.
ALTER TABLE `select` DROP COLUMN `drop me; now`;

ALTER TABLE `select` ADD COLUMN `order` varchar(20) COLLATE `utf8mb4_unicode_ci` NULL DEFAULT 'it''s \\ "new"' AFTER `from`;

ALTER TABLE `select` MODIFY COLUMN `User Name` varchar(80) COLLATE `utf8mb4_unicode_ci` NULL AFTER `order`;

ALTER TABLE `select` MODIFY COLUMN `mood` enum('happy','très bien','it''s fine','so "so"','C:\\temp','don''t ask') COLLATE `utf8mb4_unicode_ci` NOT NULL DEFAULT 'it''s fine' AFTER `quote``d`;

ALTER TABLE `select` ADD CONSTRAINT `chk ``quote``d`` >= 0` CHECK (`quote``d` >= 0);

CREATE INDEX `user` ON `group` (`user`);

CREATE UNIQUE INDEX `uq select.from` ON `select` (`from`);

CREATE INDEX `ïdx naïve` ON `Ünïcødé täble` (`naïve column`);

ALTER TABLE `Ünïcødé täble` ADD CONSTRAINT `fk to select` FOREIGN KEY (`select_id`) REFERENCES `select` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT;

ALTER TABLE `group` ADD CONSTRAINT `fk; DROP TABLE ``select``; --` FOREIGN KEY (`user`) REFERENCES `select` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT;

CREATE VIEW `view of ``select``` AS select `select`.`id` AS `id`,`select`.`from` AS `from`,`select`.`mood` AS `mood`,`select`.`order` AS `order` from `select`;

CREATE VIEW `Ünïcødé view` AS select `v`.`id` AS `id`,`v`.`from` AS `from`,`u`.`naïve column` AS `naïve column` from (`view of ``select``` `v` join `Ünïcødé täble` `u` on(`u`.`select_id` = `v`.`id`));
