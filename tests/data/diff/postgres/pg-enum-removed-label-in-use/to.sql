CREATE TYPE doc_state AS ENUM ('draft', 'active');

CREATE TABLE documents (
    id integer PRIMARY KEY,
    name text NOT NULL,
    state doc_state NOT NULL DEFAULT 'draft'
);
