CREATE TABLE users (
    id integer PRIMARY KEY,
    email_address varchar(255) NOT NULL UNIQUE,
    display_name text
);

CREATE VIEW user_directory AS
    SELECT id, email_address, display_name FROM users;
