-- Accounts and their owners.
CREATE TABLE `accounts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `owner` VARCHAR(120) NOT NULL,
  `opened_on` DATE NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX `accounts_owner_idx` ON `accounts` (`owner`);
