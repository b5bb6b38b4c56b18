-- The session's read-only flag before introspection, restored afterwards
-- (MySQL 8 and MariaDB 11.1+ spelling).
SELECT @@session.transaction_read_only
