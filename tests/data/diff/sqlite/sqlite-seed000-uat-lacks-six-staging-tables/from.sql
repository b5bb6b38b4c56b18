-- Seed 000: UAT (FROM) lacks 6 tables staging (TO) has, sync_audit_logs holding 49 rows there. FROM=uat TO=staging:
-- the forward script creates the 6 tables (SQLite writes foreign keys inside CREATE TABLE) with their indexes and
-- moves no rows; the rollback drops them again. UAT's own tables keep their rows.
CREATE TABLE "SequelizeMeta" (
    name VARCHAR(255) NOT NULL PRIMARY KEY
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    phone_number VARCHAR(20) NOT NULL UNIQUE,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL
);

CREATE TABLE transactions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id),
    amount DECIMAL(14, 2) NOT NULL,
    created_at DATETIME NOT NULL
);

INSERT INTO "SequelizeMeta" (name) VALUES ('20250101_01_create_users.js'), ('20250101_02_create_transactions.js');
INSERT INTO users (phone_number, created_at, updated_at) VALUES
    ('+27820000001', '2025-01-01 08:00:00', '2025-01-01 08:00:00'),
    ('+27820000002', '2025-01-02 08:00:00', '2025-01-02 08:00:00');
INSERT INTO transactions (user_id, amount, created_at) VALUES
    (1, 100.00, '2025-02-01 09:00:00'), (1, -20.00, '2025-02-02 09:00:00'), (2, 55.00, '2025-02-03 09:00:00');
