-- Hand-written MariaDB script for the ledger
# a hash comment; with a semicolon
/*!40101 SET NAMES utf8mb4 */;

CREATE TABLE `ledger entries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `note` varchar(80) DEFAULT 'it''s; \'quoted\'',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

DELIMITER //
CREATE PROCEDURE close_month(IN m INT)
BEGIN
    UPDATE `ledger entries` SET note = 'closed;' WHERE id = m;
    SELECT "done; really";
END //

CREATE TRIGGER entries_logged AFTER UPDATE ON `ledger entries` FOR EACH ROW
BEGIN
    INSERT INTO entry_log VALUES (NEW.id, NOW());
END//
DELIMITER ;

START TRANSACTION;
ALTER TABLE `ledger entries` ADD COLUMN `amount` decimal(10,2) NOT NULL DEFAULT 0;
COMMIT;
