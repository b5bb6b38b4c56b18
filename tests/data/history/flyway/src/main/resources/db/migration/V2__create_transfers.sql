CREATE TABLE transfers (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  from_account BIGINT NOT NULL,
  to_account BIGINT NOT NULL,
  note VARCHAR(200) DEFAULT 'it\'s free; CREATE TABLE nothing',
  CONSTRAINT transfers_from_fk FOREIGN KEY (from_account) REFERENCES accounts (id)
) ENGINE=InnoDB;

DELIMITER //
CREATE TRIGGER transfers_check BEFORE INSERT ON transfers FOR EACH ROW
BEGIN
  IF NEW.from_account = NEW.to_account THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'same account';
  END IF;
END//
DELIMITER ;

RENAME TABLE transfers TO account_transfers;
