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

CREATE TABLE compliance_records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    record_type VARCHAR(50) NOT NULL,
    payload JSON NOT NULL DEFAULT '{}',
    created_at DATETIME NOT NULL
);

CREATE TABLE flash_commission_tiers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    min_volume DECIMAL(14, 2) NOT NULL,
    max_volume DECIMAL(14, 2),
    rate_percent DECIMAL(5, 3) NOT NULL CHECK (rate_percent >= 0),
    created_at DATETIME NOT NULL
);

CREATE TABLE mobilemart_transactions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    transaction_id INTEGER REFERENCES transactions (id),
    mobilemart_ref VARCHAR(64) NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'settled', 'failed')),
    created_at DATETIME NOT NULL
);

CREATE TABLE reseller_floats (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reseller_id INTEGER NOT NULL UNIQUE REFERENCES users (id),
    balance DECIMAL(14, 2) NOT NULL DEFAULT 0,
    updated_at DATETIME NOT NULL
);

CREATE TABLE sync_audit_logs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    direction TEXT NOT NULL CHECK (direction IN ('uat_to_staging', 'staging_to_uat')),
    table_name VARCHAR(128) NOT NULL,
    rows_affected INTEGER NOT NULL DEFAULT 0,
    performed_by VARCHAR(100) NOT NULL,
    created_at DATETIME NOT NULL
);

CREATE INDEX sync_audit_logs_created_at ON sync_audit_logs (created_at);

CREATE TABLE tax_configurations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    country_code CHAR(2) NOT NULL,
    tax_name VARCHAR(50) NOT NULL,
    rate_percent DECIMAL(5, 3) NOT NULL,
    effective_from DATE NOT NULL,
    UNIQUE (country_code, tax_name, effective_from)
);

INSERT INTO "SequelizeMeta" (name) VALUES
    ('20250101_01_create_users.js'), ('20250101_02_create_transactions.js'),
    ('20251101_01_create_compliance_records.js'), ('20251110_01_create_flash_commission_tiers.js'),
    ('20251115_01_create_mobilemart_transactions.js'), ('20251120_01_create_reseller_floats.js'),
    ('20251203_01_create_sync_audit_logs_table.js'), ('20251205_01_create_tax_configurations.js');
INSERT INTO flash_commission_tiers (min_volume, max_volume, rate_percent, created_at) VALUES
    (0, 1000, 1.5, '2025-11-10 00:00:00'), (1000, 10000, 2.0, '2025-11-10 00:00:00'),
    (10000, 100000, 2.5, '2025-11-10 00:00:00'), (100000, NULL, 3.0, '2025-11-10 00:00:00');
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 49)
INSERT INTO sync_audit_logs (direction, table_name, rows_affected, performed_by, created_at)
    SELECT 'uat_to_staging', 'table_' || n, n, 'sync-script', '2025-12-03 12:00:00' FROM seq;
