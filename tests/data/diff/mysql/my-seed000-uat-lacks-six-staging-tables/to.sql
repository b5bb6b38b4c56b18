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

CREATE TABLE compliance_records (
    id int NOT NULL AUTO_INCREMENT,
    user_id int NOT NULL,
    record_type varchar(50) NOT NULL,
    payload json NOT NULL,
    created_at datetime NOT NULL,
    PRIMARY KEY (id),
    KEY user_id (user_id),
    CONSTRAINT compliance_records_ibfk_1 FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE flash_commission_tiers (
    id int NOT NULL AUTO_INCREMENT,
    min_volume decimal(14,2) NOT NULL,
    max_volume decimal(14,2) NULL,
    rate_percent decimal(5,3) NOT NULL,
    created_at datetime NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT flash_commission_tiers_rate_chk CHECK (rate_percent >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mobilemart_transactions (
    id bigint NOT NULL AUTO_INCREMENT,
    transaction_id bigint NULL,
    mobilemart_ref varchar(64) NOT NULL,
    status enum('pending','settled','failed') NOT NULL DEFAULT 'pending',
    created_at datetime NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY mobilemart_ref (mobilemart_ref),
    KEY transaction_id (transaction_id),
    CONSTRAINT mobilemart_transactions_ibfk_1 FOREIGN KEY (transaction_id) REFERENCES transactions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE reseller_floats (
    id int NOT NULL AUTO_INCREMENT,
    reseller_id int NOT NULL,
    balance decimal(14,2) NOT NULL DEFAULT 0.00,
    updated_at datetime NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY reseller_id (reseller_id),
    CONSTRAINT reseller_floats_ibfk_1 FOREIGN KEY (reseller_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sync_audit_logs (
    id bigint NOT NULL AUTO_INCREMENT,
    direction enum('uat_to_staging','staging_to_uat') NOT NULL,
    table_name varchar(128) NOT NULL,
    rows_affected int NOT NULL DEFAULT 0,
    performed_by varchar(100) NOT NULL,
    created_at datetime NOT NULL,
    PRIMARY KEY (id),
    KEY sync_audit_logs_created_at (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE tax_configurations (
    id int NOT NULL AUTO_INCREMENT,
    country_code char(2) NOT NULL,
    tax_name varchar(50) NOT NULL,
    rate_percent decimal(5,3) NOT NULL,
    effective_from date NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY tax_configurations_unique (country_code, tax_name, effective_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO `SequelizeMeta` (name) VALUES
    ('20250101_01_create_users.js'), ('20250101_02_create_transactions.js'),
    ('20251101_01_create_compliance_records.js'), ('20251110_01_create_flash_commission_tiers.js'),
    ('20251115_01_create_mobilemart_transactions.js'), ('20251120_01_create_reseller_floats.js'),
    ('20251203_01_create_sync_audit_logs_table.js'), ('20251205_01_create_tax_configurations.js');
INSERT INTO flash_commission_tiers (min_volume, max_volume, rate_percent, created_at) VALUES
    (0, 1000, 1.500, '2025-11-10 00:00:00'), (1000, 10000, 2.000, '2025-11-10 00:00:00'),
    (10000, 100000, 2.500, '2025-11-10 00:00:00'), (100000, NULL, 3.000, '2025-11-10 00:00:00');
INSERT INTO sync_audit_logs (direction, table_name, rows_affected, performed_by, created_at)
    SELECT 'uat_to_staging', CONCAT('table_', a.n * 7 + b.n + 1), a.n * 7 + b.n + 1, 'sync-script', '2025-12-03 12:00:00'
    FROM (SELECT 0 AS n UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6) a
    CROSS JOIN (SELECT 0 AS n UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6) b;
