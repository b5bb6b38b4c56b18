-- Parity rollback script: turns golden_mysql_t back into golden_mysql_f.
-- FROM: golden_mysql_t
-- TO:   golden_mysql_f
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards (not measured: they depend on the data when the rollback runs):
--   high   golden_mysql_f.events drops the table and its rows
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

DROP INDEX `nach größe` ON `Kunden ``x```;

DROP INDEX `nach order` ON `Kunden ``x```;

ALTER TABLE `cache` PARTITION BY HASH (`id`) (PARTITION `p0`, PARTITION `p1`);

-- IRREVERSIBLE: drops golden_mysql_f.events and whatever was written to it since the forward script ran.
DROP TABLE `events`;

CREATE INDEX `nach größe` ON `Kunden ``x``` (`größe`);

CREATE INDEX `nach order` ON `Kunden ``x``` (`order`) USING BTREE;
