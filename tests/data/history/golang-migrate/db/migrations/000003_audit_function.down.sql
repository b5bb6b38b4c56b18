DROP FUNCTION log_user_change();
DROP TABLE user_audit;
