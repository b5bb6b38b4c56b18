-- A declared column rename (users.email=email_address): the plan must RENAME COLUMN, not drop and add, so the rows
-- keep their addresses; the UNIQUE constraint takes the new column's name and the view exposes email_address.
CREATE TABLE users (
    id integer PRIMARY KEY,
    email varchar(255) NOT NULL UNIQUE,
    display_name text
);

INSERT INTO users (id, email, display_name) VALUES
    (1, 'ada@example.com', 'Ada'),
    (2, 'grace@example.com', 'Grace'),
    (3, 'linus@example.com', NULL);

CREATE VIEW user_directory AS
    SELECT id, email, display_name FROM users;
