-- Parity migration script: turns golden_mysql_f into golden_mysql_t.
-- FROM: golden_mysql_f
-- TO:   golden_mysql_t
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards:
--   low    golden_mysql_f.Bestellungen.Bestellungen_kunde_fk adds a foreign key to Kunden: rows that point at nothing make the change fail: 0 orphan rows
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

ALTER TABLE `Bestellungen` DROP FOREIGN KEY `fk kunde`;

ALTER TABLE `Kunden` DROP CONSTRAINT `alter_check`;

ALTER TABLE `Kunden` ADD CONSTRAINT `Älter "nicht" negativ` CHECK (`alter` >= 0);

ALTER TABLE `Bestellungen` RENAME INDEX `kunde ``idx``` TO `Bestellungen kunde`;

ALTER TABLE `Kunden` RENAME INDEX `by alter` TO `kunden_nach_alter_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx1`;

ALTER TABLE `Kunden` RENAME INDEX `uq mail` TO `select`;

ALTER TABLE `Bestellungen` ADD CONSTRAINT `Bestellungen_kunde_fk` FOREIGN KEY (`kunde`) REFERENCES `Kunden` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT;
