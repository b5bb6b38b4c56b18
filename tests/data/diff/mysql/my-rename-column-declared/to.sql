CREATE TABLE users (
    id int NOT NULL AUTO_INCREMENT,
    email_address varchar(255) NOT NULL,
    display_name varchar(100) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY email_address (email_address)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE VIEW user_directory AS SELECT id, email_address, display_name FROM users;
