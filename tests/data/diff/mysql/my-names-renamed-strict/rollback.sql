-- Parity rollback script: turns golden_mysql_t back into golden_mysql_f.
-- FROM: golden_mysql_t
-- TO:   golden_mysql_f
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards: none
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

ALTER TABLE `Bestellungen` DROP FOREIGN KEY `Bestellungen_kunde_fk`;

ALTER TABLE `Kunden` DROP CONSTRAINT `Älter "nicht" negativ`;

ALTER TABLE `Kunden` ADD CONSTRAINT `alter_check` CHECK (`alter` >= 0);

ALTER TABLE `Bestellungen` RENAME INDEX `Bestellungen kunde` TO `kunde ``idx```;

ALTER TABLE `Kunden` RENAME INDEX `kunden_nach_alter_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx1` TO `by alter`;

ALTER TABLE `Kunden` RENAME INDEX `select` TO `uq mail`;

ALTER TABLE `Bestellungen` ADD CONSTRAINT `fk kunde` FOREIGN KEY (`kunde`) REFERENCES `Kunden` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT;
