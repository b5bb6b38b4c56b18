CREATE TABLE user_audit (id BIGSERIAL PRIMARY KEY, user_id BIGINT, action TEXT);

CREATE FUNCTION log_user_change() RETURNS trigger AS $body$
BEGIN
    -- inside a dollar-quoted body: not statements of the migration
    CREATE TABLE IF NOT EXISTS never_made (x int);
    INSERT INTO user_audit (user_id, action) VALUES (NEW.id, TG_OP);
    RETURN NEW;
END;
$body$ LANGUAGE plpgsql;
