-- TO has a new column in the middle (middle_name between first_name and last_name): PostgreSQL cannot place a
-- column, so the plan adds it at the end, keeps every row, and says in the header that the order differs from TO.
CREATE TABLE people (
    id integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL
);

INSERT INTO people (id, first_name, last_name) VALUES (1, 'Ada', 'Lovelace'), (2, 'Grace', 'Hopper');
