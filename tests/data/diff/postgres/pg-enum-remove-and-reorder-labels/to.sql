CREATE TYPE ticket_priority AS ENUM ('low', 'medium', 'high');

CREATE TABLE tickets (
    id integer PRIMARY KEY,
    title text NOT NULL,
    priority ticket_priority NOT NULL DEFAULT 'medium'
);

CREATE INDEX tickets_priority_idx ON tickets (priority);

CREATE VIEW urgent_tickets AS
    SELECT id, title, priority FROM tickets WHERE priority = 'high';
