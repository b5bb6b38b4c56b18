-- Parity migration script: turns golden_mysql_f into golden_mysql_t.
-- FROM: golden_mysql_f
-- TO:   golden_mysql_t
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards:
--   high   golden_mysql_f.audit_log drops the table and its rows: 5 rows
--   high   golden_mysql_f.users.legacy_code drops the column and its values: 2 values
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

ALTER TABLE `audit_log` DROP FOREIGN KEY `audit_log_user_fk`;

-- IRREVERSIBLE: the column's values are gone once this runs; the backup is the way back.
ALTER TABLE `users` DROP COLUMN `legacy_code`;

-- IRREVERSIBLE: the table's rows are gone once this runs; the backup is the way back.
DROP TABLE `audit_log`;
