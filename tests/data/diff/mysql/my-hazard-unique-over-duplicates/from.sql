-- A new UNIQUE key over values that repeat (2 addresses appear twice): the plan must report a high duplicate-values
-- hazard with the live figure and samples, and the forward script fails on the server.
CREATE TABLE accounts (
    id int NOT NULL,
    email varchar(255) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO accounts (id, email) VALUES
    (1, 'a@example.com'), (2, 'b@example.com'), (3, 'a@example.com'), (4, 'c@example.com'), (5, 'b@example.com');
