-- A new UNIQUE constraint (part of the table, so a rebuild) over values that repeat: the plan must report a high
-- duplicate-values hazard with the live figure and samples, and the copy into the new table fails.
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL
);

INSERT INTO accounts (id, email) VALUES
    (1, 'a@example.com'), (2, 'b@example.com'), (3, 'a@example.com'), (4, 'c@example.com'), (5, 'b@example.com');
