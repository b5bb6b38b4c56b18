-- A declared column rename (users.email=email_address): ALTER TABLE ... RENAME COLUMN keeps the values and SQLite
-- rewrites the index and the view that name the column; the view's output column must end up as TO has it.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    display_name TEXT
);

CREATE UNIQUE INDEX users_email_idx ON users (email);

INSERT INTO users (id, email, display_name) VALUES
    (1, 'ada@example.com', 'Ada'), (2, 'grace@example.com', 'Grace'), (3, 'linus@example.com', NULL);

CREATE VIEW user_directory AS SELECT id, email, display_name FROM users;
