CREATE TABLE `Kunden` (
    `id` int NOT NULL PRIMARY KEY,
    `E-Mail` varchar(100) NOT NULL,
    `alter` int,
    UNIQUE KEY `select` (`E-Mail`),
    KEY `kunden_nach_alter_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx1` (`alter`),
    CONSTRAINT `Älter "nicht" negativ` CHECK (`alter` >= 0)
) ENGINE=InnoDB;

CREATE TABLE `Bestellungen` (
    `id` int NOT NULL PRIMARY KEY,
    `kunde` int NOT NULL,
    KEY `Bestellungen kunde` (`kunde`),
    CONSTRAINT `Bestellungen_kunde_fk` FOREIGN KEY (`kunde`) REFERENCES `Kunden` (`id`)
) ENGINE=InnoDB;
