-- The same keys, checks and indexes under other names in TO, hostile ones (quotes, spaces, a reserved word,
-- mixed case, unicode, a 64-character name): names are part of an object. MariaDB renames an index where it
-- stands (RENAME INDEX); a foreign key or check it cannot rename is dropped and added under TO's name.
CREATE TABLE `Kunden` (
    `id` int NOT NULL PRIMARY KEY,
    `E-Mail` varchar(100) NOT NULL,
    `alter` int,
    UNIQUE KEY `uq mail` (`E-Mail`),
    KEY `by alter` (`alter`),
    CONSTRAINT `alter_check` CHECK (`alter` >= 0)
) ENGINE=InnoDB;

CREATE TABLE `Bestellungen` (
    `id` int NOT NULL PRIMARY KEY,
    `kunde` int NOT NULL,
    KEY `kunde ``idx``` (`kunde`),
    CONSTRAINT `fk kunde` FOREIGN KEY (`kunde`) REFERENCES `Kunden` (`id`)
) ENGINE=InnoDB;

INSERT INTO `Kunden` VALUES (1, 'a@example.test', 30), (2, 'b@example.test', 41);
INSERT INTO `Bestellungen` VALUES (10, 1), (11, 2);
