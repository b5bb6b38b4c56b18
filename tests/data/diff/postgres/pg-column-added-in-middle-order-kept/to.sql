CREATE TABLE people (
    id integer PRIMARY KEY,
    first_name text NOT NULL,
    middle_name text,
    last_name text NOT NULL
);
