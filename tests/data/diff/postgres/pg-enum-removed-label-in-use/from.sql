-- An enum label is removed ('archived') while rows still hold it: the plan must report an enum-label-in-use hazard
-- with the live count (2 rows), and the forward script fails when the column moves to the new type.
CREATE TYPE doc_state AS ENUM ('draft', 'active', 'archived');

CREATE TABLE documents (
    id integer PRIMARY KEY,
    name text NOT NULL,
    state doc_state NOT NULL DEFAULT 'draft'
);

INSERT INTO documents (id, name, state) VALUES
    (1, 'Q1 report', 'archived'),
    (2, 'Q2 report', 'archived'),
    (3, 'Q3 report', 'active'),
    (4, 'Q4 draft', 'draft');
