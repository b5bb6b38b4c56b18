-- Enum labels reordered ('medium' was added after 'high' by mistake) and one removed ('obsolete', no row uses it):
-- the type is created anew, the column default and the dependent view are dropped and put back around the
-- column's move to the new type, and every row keeps its value.
CREATE TYPE ticket_priority AS ENUM ('low', 'high', 'medium', 'obsolete');

CREATE TABLE tickets (
    id integer PRIMARY KEY,
    title text NOT NULL,
    priority ticket_priority NOT NULL DEFAULT 'medium'
);

CREATE INDEX tickets_priority_idx ON tickets (priority);

INSERT INTO tickets (id, title, priority) VALUES
    (1, 'Printer on fire', 'high'),
    (2, 'New mouse', 'low'),
    (3, 'VPN slow', 'medium'),
    (4, 'Password reset', 'medium');

CREATE VIEW urgent_tickets AS
    SELECT id, title, priority FROM tickets WHERE priority = 'high';
