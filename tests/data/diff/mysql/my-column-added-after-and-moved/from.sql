-- A column added in the middle (middle_name AFTER first_name) and a column moved (last_name from after email to
-- after middle_name): the plan must use ADD COLUMN ... AFTER and MODIFY ... AFTER with the column's full definition
-- (type, NULL, default, comment kept), and the rows keep their values.
CREATE TABLE customers (
    id int NOT NULL AUTO_INCREMENT,
    first_name varchar(50) NOT NULL,
    email varchar(100) NOT NULL,
    last_name varchar(50) NOT NULL DEFAULT '' COMMENT 'family name',
    created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE KEY customers_email_uq (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO customers (first_name, email, last_name, created_at) VALUES
    ('Ada', 'ada@example.com', 'Lovelace', '2024-01-01 10:00:00'),
    ('Grace', 'grace@example.com', 'Hopper', '2024-01-02 11:00:00'),
    ('Linus', 'linus@example.com', 'Torvalds', '2024-01-03 12:00:00');
