ALTER TABLE accounts
  ADD COLUMN status ENUM('open', 'frozen', 'closed') NOT NULL DEFAULT 'open' AFTER owner,
  ADD INDEX accounts_status_idx (status),
  MODIFY COLUMN owner VARCHAR(200) NOT NULL;
