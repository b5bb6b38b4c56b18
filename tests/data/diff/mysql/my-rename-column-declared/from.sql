-- A declared column rename (users.email=email_address): the plan must RENAME COLUMN (or CHANGE with the full
-- definition), keeping the values; the unique key named after the column and the view that reads it follow.
CREATE TABLE users (
    id int NOT NULL AUTO_INCREMENT,
    email varchar(255) NOT NULL,
    display_name varchar(100) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO users (email, display_name) VALUES
    ('ada@example.com', 'Ada'), ('grace@example.com', 'Grace'), ('linus@example.com', NULL);

CREATE VIEW user_directory AS SELECT id, email, display_name FROM users;
