-- Parity migration script: turns golden_mysql_f into golden_mysql_t.
-- FROM: golden_mysql_f
-- TO:   golden_mysql_t
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards:
--   high   golden_mysql_f.accounts.email adds unique index accounts_email_uq over values that may repeat: the change fails while any do: 2 duplicated values (e.g. a@example.com ×2, b@example.com ×2)
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

CREATE UNIQUE INDEX `accounts_email_uq` ON `accounts` (`email`);
