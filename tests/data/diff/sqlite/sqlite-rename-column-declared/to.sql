CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email_address TEXT NOT NULL,
    display_name TEXT
);

CREATE UNIQUE INDEX users_email_idx ON users (email_address);

CREATE VIEW user_directory AS SELECT id, email_address, display_name FROM users;
