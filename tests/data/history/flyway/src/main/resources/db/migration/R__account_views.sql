CREATE OR REPLACE VIEW open_accounts AS
  SELECT id, owner FROM accounts WHERE status = 'open';
