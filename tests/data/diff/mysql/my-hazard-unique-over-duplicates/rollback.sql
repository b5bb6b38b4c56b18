-- Parity rollback script: turns golden_mysql_t back into golden_mysql_f.
-- FROM: golden_mysql_t
-- TO:   golden_mysql_f
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards: none
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

DROP INDEX `accounts_email_uq` ON `accounts`;
