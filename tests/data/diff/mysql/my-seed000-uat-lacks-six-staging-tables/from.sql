-- Seed 000: UAT (FROM) lacks 6 tables staging (TO) has, sync_audit_logs holding 49 rows there. FROM=uat TO=staging:
-- the forward script creates the 6 tables (foreign keys after the tables they point at) and moves no rows; the
-- rollback drops them again. UAT's own tables keep their rows.
CREATE TABLE `SequelizeMeta` (
    name varchar(255) COLLATE utf8mb3_unicode_ci NOT NULL,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE users (
    id int NOT NULL AUTO_INCREMENT,
    phone_number varchar(20) NOT NULL,
    created_at datetime NOT NULL,
    updated_at datetime NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY phone_number (phone_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE transactions (
    id bigint NOT NULL AUTO_INCREMENT,
    user_id int NOT NULL,
    amount decimal(14,2) NOT NULL,
    created_at datetime NOT NULL,
    PRIMARY KEY (id),
    KEY user_id (user_id),
    CONSTRAINT transactions_ibfk_1 FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO `SequelizeMeta` (name) VALUES ('20250101_01_create_users.js'), ('20250101_02_create_transactions.js');
INSERT INTO users (phone_number, created_at, updated_at) VALUES
    ('+27820000001', '2025-01-01 08:00:00', '2025-01-01 08:00:00'),
    ('+27820000002', '2025-01-02 08:00:00', '2025-01-02 08:00:00');
INSERT INTO transactions (user_id, amount, created_at) VALUES
    (1, 100.00, '2025-02-01 09:00:00'), (1, -20.00, '2025-02-02 09:00:00'), (2, 55.00, '2025-02-03 09:00:00');
