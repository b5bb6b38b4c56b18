-- The same flag under its older name (MariaDB up to 11.0, MySQL 5.7).
SELECT @@session.tx_read_only
