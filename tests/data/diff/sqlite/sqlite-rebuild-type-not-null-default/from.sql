-- A column's type, NOT NULL and default change (qty TEXT -> INTEGER NOT NULL DEFAULT 1, name gains NOT NULL,
-- price's default 0 -> 9.99): SQLite cannot ALTER a column, so the plan rebuilds the table (create new, copy by
-- column name, drop, rename, recreate the index) inside one transaction, and every row is kept.
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    name TEXT,
    qty TEXT,
    price REAL DEFAULT 0,
    added_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX items_name_idx ON items (name);

INSERT INTO items (id, name, qty, price, added_at) VALUES
    (1, 'bolt', '100', 0.10, '2024-01-01 00:00:00'),
    (2, 'nut', '250', 0.05, '2024-01-02 00:00:00'),
    (3, 'washer', '7', 0.02, '2024-01-03 00:00:00');
