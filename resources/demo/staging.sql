-- Parity demo: the STAGING database of a fintech wallet app whose ORM is
-- Sequelize (camelCase columns, "SequelizeMeta" lists the migrations run).
--
-- Compared with uat.sql, staging is the side that ran more migrations:
--   * six tables UAT lacks: compliance_records, flash_commission_tiers (4 rows),
--     mobilemart_transactions, reseller_floats, sync_audit_logs (49 rows),
--     tax_configurations;
--   * payments is keyed by a uuid-style TEXT payment_id (UAT: integer id),
--     and refunds."paymentId" follows it;
--   * wallet_transactions("walletId") has a plain index here, a UNIQUE one in
--     UAT, and several rows here share a walletId;
--   * wallets."dailyLimit" exists only here; merchants."legacyCode" only in UAT;
--   * merchants."businessName" is varchar(255) here, varchar(100) in UAT;
--   * users."phoneNumber" is NOT NULL here, nullable in UAT;
--   * defaults: wallets.balance '0.00' here, '0' in UAT;
--     wallet_transactions.status 'PENDING' here, 'pending' in UAT;
--   * the index wallet_transactions_created_at exists only here.
--
-- Build: sqlite3 staging.db < staging.sql

BEGIN TRANSACTION;

CREATE TABLE "SequelizeMeta" (
    "name" TEXT NOT NULL PRIMARY KEY
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    "firstName" VARCHAR(100) NOT NULL,
    "lastName" VARCHAR(100) NOT NULL,
    email VARCHAR(255) NOT NULL UNIQUE,
    "phoneNumber" VARCHAR(20) NOT NULL,
    "passwordHash" VARCHAR(255) NOT NULL,
    "kycStatus" VARCHAR(20) NOT NULL DEFAULT 'pending'
        CHECK ("kycStatus" IN ('pending', 'verified', 'rejected')),
    role VARCHAR(20) NOT NULL DEFAULT 'customer',
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

CREATE TABLE merchants (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    "merchantCode" VARCHAR(32) NOT NULL UNIQUE,
    "businessName" VARCHAR(255) NOT NULL,
    category VARCHAR(50),
    "settlementAccount" VARCHAR(34),
    "isActive" TINYINT(1) NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

CREATE TABLE wallets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE,
    "walletNumber" VARCHAR(20) NOT NULL UNIQUE,
    currency VARCHAR(3) NOT NULL DEFAULT 'ZAR',
    balance DECIMAL(15,2) NOT NULL DEFAULT '0.00',
    "dailyLimit" DECIMAL(15,2) DEFAULT '5000.00',
    status VARCHAR(20) NOT NULL DEFAULT 'active',
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
CREATE INDEX wallets_user_id ON wallets ("userId");

CREATE TABLE wallet_transactions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    "walletId" INTEGER NOT NULL REFERENCES wallets (id) ON DELETE CASCADE ON UPDATE CASCADE,
    type VARCHAR(10) NOT NULL CHECK (type IN ('credit', 'debit')),
    amount DECIMAL(15,2) NOT NULL,
    reference VARCHAR(64),
    description VARCHAR(255),
    status VARCHAR(20) NOT NULL DEFAULT 'PENDING',
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
CREATE INDEX "wallet_transactions_walletId" ON wallet_transactions ("walletId");
CREATE INDEX wallet_transactions_created_at ON wallet_transactions ("createdAt");

CREATE TABLE payments (
    payment_id TEXT NOT NULL PRIMARY KEY,
    "walletId" INTEGER NOT NULL REFERENCES wallets (id),
    "merchantId" INTEGER REFERENCES merchants (id) ON DELETE SET NULL,
    amount DECIMAL(15,2) NOT NULL,
    currency VARCHAR(3) NOT NULL DEFAULT 'ZAR',
    status VARCHAR(20) NOT NULL DEFAULT 'initiated',
    reference VARCHAR(64),
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
CREATE INDEX payments_wallet_id ON payments ("walletId");

CREATE TABLE refunds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    "paymentId" TEXT NOT NULL REFERENCES payments (payment_id) ON DELETE CASCADE,
    amount DECIMAL(15,2) NOT NULL,
    reason VARCHAR(255),
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

CREATE TABLE beneficiaries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    "displayName" VARCHAR(100) NOT NULL,
    "bankCode" VARCHAR(10) NOT NULL,
    "accountNumber" VARCHAR(20) NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    UNIQUE ("userId", "bankCode", "accountNumber")
);

CREATE TABLE kyc_documents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    "documentType" VARCHAR(30) NOT NULL,
    "documentUrl" VARCHAR(500) NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'submitted',
    "reviewedBy" INTEGER REFERENCES users (id),
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
CREATE INDEX kyc_documents_user_id ON kyc_documents ("userId");

CREATE TABLE vouchers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code VARCHAR(16) NOT NULL UNIQUE,
    amount DECIMAL(15,2) NOT NULL,
    "merchantId" INTEGER REFERENCES merchants (id),
    "redeemedBy" INTEGER REFERENCES users (id),
    "expiresAt" DATETIME,
    status VARCHAR(20) NOT NULL DEFAULT 'issued',
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    channel VARCHAR(10) NOT NULL DEFAULT 'push',
    title VARCHAR(150) NOT NULL,
    body TEXT,
    "readAt" DATETIME,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
CREATE INDEX notifications_user_id_read_at ON notifications ("userId", "readAt");

CREATE TABLE settlement_batches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    "merchantId" INTEGER NOT NULL REFERENCES merchants (id),
    "batchDate" DATE NOT NULL,
    "totalAmount" DECIMAL(15,2) NOT NULL DEFAULT '0.00',
    status VARCHAR(20) NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
CREATE UNIQUE INDEX settlement_batches_merchant_id_batch_date
    ON settlement_batches ("merchantId", "batchDate");

CREATE TABLE treasury_accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    "accountName" VARCHAR(100) NOT NULL,
    "bankName" VARCHAR(100) NOT NULL,
    "accountNumber" VARCHAR(20) NOT NULL UNIQUE,
    balance DECIMAL(18,2) NOT NULL DEFAULT '0.00',
    currency VARCHAR(3) NOT NULL DEFAULT 'ZAR',
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

CREATE VIEW wallet_balances AS
SELECT w.id AS "walletId",
       u.email AS email,
       w.balance AS balance,
       count(t.id) AS "transactionCount"
FROM wallets AS w
JOIN users AS u ON u.id = w."userId"
LEFT JOIN wallet_transactions AS t ON t."walletId" = w.id
GROUP BY w.id, u.email, w.balance;

-- Tables from the migrations UAT never ran.

CREATE TABLE flash_commission_tiers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    "tierName" VARCHAR(50) NOT NULL UNIQUE,
    "minVolume" DECIMAL(15,2) NOT NULL,
    "maxVolume" DECIMAL(15,2),
    "commissionRate" DECIMAL(5,4) NOT NULL,
    "isActive" TINYINT(1) NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

CREATE TABLE mobilemart_transactions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    "walletId" INTEGER NOT NULL REFERENCES wallets (id),
    "productCode" VARCHAR(30) NOT NULL,
    "mobileNumber" VARCHAR(20) NOT NULL,
    amount DECIMAL(15,2) NOT NULL,
    "mobilemartReference" VARCHAR(64),
    status VARCHAR(20) NOT NULL DEFAULT 'pending',
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
CREATE INDEX mobilemart_transactions_wallet_id ON mobilemart_transactions ("walletId");

CREATE TABLE reseller_floats (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    "merchantId" INTEGER NOT NULL UNIQUE REFERENCES merchants (id),
    "floatBalance" DECIMAL(15,2) NOT NULL DEFAULT '0.00',
    "creditLimit" DECIMAL(15,2) NOT NULL DEFAULT '0.00',
    "lastTopUpAt" DATETIME,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

CREATE TABLE tax_configurations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    "taxName" VARCHAR(50) NOT NULL,
    rate DECIMAL(5,4) NOT NULL CHECK (rate >= 0 AND rate < 1),
    "appliesTo" VARCHAR(30) NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "isActive" TINYINT(1) NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

CREATE TABLE compliance_records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL REFERENCES users (id),
    "checkType" VARCHAR(30) NOT NULL,
    result VARCHAR(20) NOT NULL,
    "riskScore" DECIMAL(5,2),
    "reviewedBy" INTEGER REFERENCES users (id),
    notes TEXT,
    "checkedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
CREATE INDEX compliance_records_user_id ON compliance_records ("userId");

CREATE TABLE sync_audit_logs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    "syncId" VARCHAR(36) NOT NULL,
    "sourceEnvironment" VARCHAR(20) NOT NULL,
    "targetEnvironment" VARCHAR(20) NOT NULL,
    "tableName" VARCHAR(100) NOT NULL,
    action VARCHAR(20) NOT NULL,
    "rowsAffected" INTEGER NOT NULL DEFAULT 0,
    status VARCHAR(20) NOT NULL,
    "errorMessage" TEXT,
    "performedBy" VARCHAR(100) NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
CREATE INDEX sync_audit_logs_sync_id ON sync_audit_logs ("syncId");
CREATE INDEX sync_audit_logs_created_at ON sync_audit_logs ("createdAt");

-- Migrations this database ran, in the order Sequelize ran them.
INSERT INTO "SequelizeMeta" ("name") VALUES
    ('20251101_01_create_users_table.js'),
    ('20251101_02_create_merchants_table.js'),
    ('20251101_03_create_wallets_table.js'),
    ('20251102_01_create_wallet_transactions_table.js'),
    ('20251102_02_add_wallet_id_index_to_wallet_transactions.js'),
    ('20251103_01_create_payments_table.js'),
    ('20251103_02_create_refunds_table.js'),
    ('20251104_01_create_beneficiaries_table.js'),
    ('20251105_01_create_kyc_documents_table.js'),
    ('20251106_01_create_vouchers_table.js'),
    ('20251107_01_create_notifications_table.js'),
    ('20251108_01_create_settlement_batches_table.js'),
    ('20251110_01_create_treasury_accounts_table.js'),
    ('20251112_01_add_daily_limit_to_wallets.js'),
    ('20251113_01_change_payments_primary_key_to_uuid.js'),
    ('20251114_01_widen_merchants_business_name.js'),
    ('20251115_01_create_flash_commission_tiers_table.js'),
    ('20251116_01_make_users_phone_number_required.js'),
    ('20251117_01_add_created_at_index_to_wallet_transactions.js'),
    ('20251118_01_create_mobilemart_transactions_table.js'),
    ('20251119_01_drop_unique_wallet_id_on_wallet_transactions.js'),
    ('20251120_01_create_reseller_floats_table.js'),
    ('20251122_01_create_tax_configurations_table.js'),
    ('20251125_01_create_compliance_records_table.js'),
    ('20251203_01_create_sync_audit_logs_table.js');

INSERT INTO users (id, "firstName", "lastName", email, "phoneNumber", "passwordHash", "kycStatus", role, "createdAt", "updatedAt") VALUES
    (1, 'Thandi', 'Nkosi', 'thandi.nkosi@example.co.za', '+27821234567', '$2b$10$demoHashThandiXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'verified', 'customer', '2025-11-02 08:14:00', '2025-11-02 08:14:00'),
    (2, 'Pieter', 'van der Merwe', 'pieter.vdm@example.co.za', '+27831112233', '$2b$10$demoHashPieterXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'verified', 'customer', '2025-11-03 10:02:00', '2025-11-03 10:02:00'),
    (3, 'Aisha', 'Patel', 'aisha.patel@example.co.za', '+27845556677', '$2b$10$demoHashAishaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'pending', 'customer', '2025-11-05 16:40:00', '2025-11-05 16:40:00'),
    (4, 'Sipho', 'Dlamini', 'sipho.dlamini@example.co.za', '+27761239876', '$2b$10$demoHashSiphoXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'verified', 'merchant', '2025-11-06 09:00:00', '2025-11-06 09:00:00'),
    (5, 'Lerato', 'Mokoena', 'lerato.mokoena@example.co.za', '+27719876543', '$2b$10$demoHashLeratoXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'verified', 'admin', '2025-11-01 07:30:00', '2025-11-01 07:30:00'),
    (6, 'Johan', 'Botha', 'johan.botha@example.co.za', '+27825550000', '$2b$10$demoHashJohanXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'rejected', 'customer', '2025-11-20 12:12:00', '2025-11-21 09:45:00');

INSERT INTO merchants (id, "merchantCode", "businessName", category, "settlementAccount", "isActive", "createdAt", "updatedAt") VALUES
    (1, 'MRC-0001', 'Spaza Corner Groceries (Pty) Ltd', 'groceries', 'ZA0251000012345678', 1, '2025-11-06 09:10:00', '2025-11-06 09:10:00'),
    (2, 'MRC-0002', 'Khanyisa Airtime & Data Resellers Cooperative', 'airtime', 'ZA0470010098765432', 1, '2025-11-07 11:00:00', '2025-11-07 11:00:00'),
    (3, 'MRC-0003', 'Table Mountain Taxi Association', 'transport', NULL, 0, '2025-11-08 14:30:00', '2025-11-15 08:00:00');

INSERT INTO wallets (id, "userId", "walletNumber", currency, balance, "dailyLimit", status, "createdAt", "updatedAt") VALUES
    (1, 1, 'WAL-100001', 'ZAR', '1250.50', '5000.00', 'active', '2025-11-02 08:15:00', '2025-12-01 10:00:00'),
    (2, 2, 'WAL-100002', 'ZAR', '87.00', '5000.00', 'active', '2025-11-03 10:03:00', '2025-12-02 13:20:00'),
    (3, 3, 'WAL-100003', 'ZAR', '0.00', '1000.00', 'frozen', '2025-11-05 16:41:00', '2025-11-05 16:41:00'),
    (4, 4, 'WAL-100004', 'ZAR', '15420.75', '25000.00', 'active', '2025-11-06 09:01:00', '2025-12-03 17:45:00'),
    (5, 5, 'WAL-100005', 'ZAR', '300.00', NULL, 'active', '2025-11-01 07:31:00', '2025-11-30 09:00:00');

-- Several transactions per wallet: the one-to-many this table is for, and
-- the duplicates a UNIQUE index on "walletId" would reject.
INSERT INTO wallet_transactions (id, "walletId", type, amount, reference, description, status, "createdAt", "updatedAt") VALUES
    (1, 1, 'credit', '1000.00', 'TOPUP-8831', 'Card top-up', 'COMPLETED', '2025-11-02 08:20:00', '2025-11-02 08:20:05'),
    (2, 1, 'debit', '49.50', 'PAY-1001', 'Spaza Corner Groceries', 'COMPLETED', '2025-11-04 18:02:00', '2025-11-04 18:02:01'),
    (3, 1, 'credit', '300.00', 'P2P-2231', 'From Pieter', 'COMPLETED', '2025-11-10 12:00:00', '2025-11-10 12:00:00'),
    (4, 2, 'credit', '200.00', 'TOPUP-8840', 'EFT top-up', 'COMPLETED', '2025-11-03 10:10:00', '2025-11-03 11:00:00'),
    (5, 2, 'debit', '300.00', 'P2P-2231', 'To Thandi', 'FAILED', '2025-11-10 11:59:00', '2025-11-10 11:59:30'),
    (6, 2, 'debit', '113.00', 'AIR-5521', 'Airtime bundle', 'COMPLETED', '2025-11-12 07:45:00', '2025-11-12 07:45:02'),
    (7, 4, 'credit', '15420.75', 'SETTLE-0007', 'Daily settlement', 'COMPLETED', '2025-12-03 17:45:00', '2025-12-03 17:45:00'),
    (8, 5, 'credit', '300.00', 'TOPUP-8902', 'Card top-up', 'PENDING', '2025-11-30 09:00:00', '2025-11-30 09:00:00'),
    (9, 4, 'debit', '0.00', 'ADJ-0001', 'Fee reversal', 'PENDING', '2025-12-04 08:00:00', '2025-12-04 08:00:00');

INSERT INTO payments (payment_id, "walletId", "merchantId", amount, currency, status, reference, "createdAt", "updatedAt") VALUES
    ('5b0c8a4e-2f6d-4e1a-9c3b-7d2e1f0a9b81', 1, 1, '49.50', 'ZAR', 'settled', 'PAY-1001', '2025-11-04 18:02:00', '2025-11-05 02:00:00'),
    ('a7e3d912-6c4b-48f0-b5a2-0e9d8c7b6a52', 2, 2, '113.00', 'ZAR', 'settled', 'AIR-5521', '2025-11-12 07:45:00', '2025-11-13 02:00:00'),
    ('c1f4b6d8-3e2a-4b7c-8d9e-1a2b3c4d5e6f', 2, NULL, '300.00', 'ZAR', 'failed', 'P2P-2231', '2025-11-10 11:59:00', '2025-11-10 11:59:30'),
    ('e9d8c7b6-a5f4-4e3d-9c2b-1a0f9e8d7c6b', 5, 3, '25.00', 'ZAR', 'initiated', NULL, '2025-12-04 07:10:00', '2025-12-04 07:10:00');

INSERT INTO refunds (id, "paymentId", amount, reason, "createdAt", "updatedAt") VALUES
    (1, 'c1f4b6d8-3e2a-4b7c-8d9e-1a2b3c4d5e6f', '300.00', 'Transfer failed at switch', '2025-11-10 12:05:00', '2025-11-10 12:05:00');

INSERT INTO beneficiaries (id, "userId", "displayName", "bankCode", "accountNumber", "createdAt", "updatedAt") VALUES
    (1, 1, 'Mom (Capitec)', '470010', '1234567890', '2025-11-02 09:00:00', '2025-11-02 09:00:00'),
    (2, 2, 'Landlord', '250655', '62000011122', '2025-11-03 12:00:00', '2025-11-03 12:00:00'),
    (3, 4, 'Supplier: Fresh Produce', '051001', '001122334', '2025-11-06 10:00:00', '2025-11-06 10:00:00');

INSERT INTO kyc_documents (id, "userId", "documentType", "documentUrl", status, "reviewedBy", "createdAt", "updatedAt") VALUES
    (1, 1, 'national_id', 's3://kyc-staging/1/id.pdf', 'approved', 5, '2025-11-02 08:30:00', '2025-11-02 15:00:00'),
    (2, 3, 'passport', 's3://kyc-staging/3/passport.pdf', 'submitted', NULL, '2025-11-05 16:45:00', '2025-11-05 16:45:00'),
    (3, 6, 'national_id', 's3://kyc-staging/6/id.jpg', 'rejected', 5, '2025-11-20 12:20:00', '2025-11-21 09:45:00');

INSERT INTO vouchers (id, code, amount, "merchantId", "redeemedBy", "expiresAt", status, "createdAt", "updatedAt") VALUES
    (1, 'XMAS25-7H3K', '50.00', 1, 1, '2025-12-31 23:59:59', 'redeemed', '2025-11-25 08:00:00', '2025-11-28 18:30:00'),
    (2, 'XMAS25-Q9ZP', '50.00', 1, NULL, '2025-12-31 23:59:59', 'issued', '2025-11-25 08:00:00', '2025-11-25 08:00:00');

INSERT INTO notifications (id, "userId", channel, title, body, "readAt", "createdAt", "updatedAt") VALUES
    (1, 1, 'push', 'Top-up received', 'R1 000.00 was added to your wallet.', '2025-11-02 08:25:00', '2025-11-02 08:20:06', '2025-11-02 08:25:00'),
    (2, 2, 'sms', 'Transfer failed', 'Your transfer of R300.00 to Thandi failed and was refunded.', NULL, '2025-11-10 12:05:01', '2025-11-10 12:05:01'),
    (3, 3, 'email', 'Verify your identity', 'Upload a clear photo of your passport to finish KYC.', NULL, '2025-11-05 16:46:00', '2025-11-05 16:46:00');

INSERT INTO settlement_batches (id, "merchantId", "batchDate", "totalAmount", status, "createdAt", "updatedAt") VALUES
    (1, 1, '2025-11-04', '49.50', 'settled', '2025-11-05 02:00:00', '2025-11-05 02:00:00'),
    (2, 2, '2025-11-12', '113.00', 'settled', '2025-11-13 02:00:00', '2025-11-13 02:00:00');

INSERT INTO treasury_accounts (id, "accountName", "bankName", "accountNumber", balance, currency, "createdAt", "updatedAt") VALUES
    (1, 'Customer funds trust', 'Standard Bank', '0700123456', '17058.25', 'ZAR', '2025-11-01 00:00:00', '2025-12-04 00:00:00'),
    (2, 'Operating account', 'FNB', '62811122233', '250000.00', 'ZAR', '2025-11-01 00:00:00', '2025-12-04 00:00:00');

INSERT INTO flash_commission_tiers (id, "tierName", "minVolume", "maxVolume", "commissionRate", "isActive", "createdAt", "updatedAt") VALUES
    (1, 'Bronze', '0.00', '9999.99', '0.0150', 1, '2025-11-15 09:00:00', '2025-11-15 09:00:00'),
    (2, 'Silver', '10000.00', '49999.99', '0.0200', 1, '2025-11-15 09:00:00', '2025-11-15 09:00:00'),
    (3, 'Gold', '50000.00', '249999.99', '0.0250', 1, '2025-11-15 09:00:00', '2025-11-15 09:00:00'),
    (4, 'Platinum', '250000.00', NULL, '0.0300', 0, '2025-11-15 09:00:00', '2025-11-28 16:00:00');

-- 49 audit rows written by the UAT -> staging sync script: one run per
-- table and day, a few of them failed.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 49)
INSERT INTO sync_audit_logs (id, "syncId", "sourceEnvironment", "targetEnvironment", "tableName",
                             action, "rowsAffected", status, "errorMessage", "performedBy",
                             "createdAt", "updatedAt")
SELECT i,
       printf('%08x-%04x-4%03x-a%03x-%012x', 20251203 * 7 + i * 104729, i * 31 % 65536,
              i * 17 % 4096, i * 13 % 4096, i * 2654435761 % 281474976710656),
       'uat',
       'staging',
       CASE i % 7
           WHEN 0 THEN 'users' WHEN 1 THEN 'wallets' WHEN 2 THEN 'wallet_transactions'
           WHEN 3 THEN 'payments' WHEN 4 THEN 'merchants' WHEN 5 THEN 'vouchers'
           ELSE 'notifications' END,
       CASE WHEN i % 5 = 0 THEN 'schema_check' ELSE 'upsert' END,
       CASE WHEN i % 5 = 0 THEN 0 ELSE (i * 37) % 250 END,
       CASE WHEN i % 11 = 0 THEN 'failed' ELSE 'success' END,
       CASE WHEN i % 11 = 0 THEN 'SQLITE_CONSTRAINT: UNIQUE constraint failed: wallet_transactions.walletId' END,
       'sync-staging-to-uat-banking-grade.js',
       datetime('2025-12-03 01:00:00', printf('+%d minutes', i * 29)),
       datetime('2025-12-03 01:00:00', printf('+%d minutes', i * 29))
FROM n;

ANALYZE;

COMMIT;
