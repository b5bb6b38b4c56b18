-- Parity demo: the UAT database of the same fintech wallet app (Sequelize).
-- See staging.sql for the full list of differences; in short, UAT never ran
-- the migrations that created six tables, still keys payments by an integer
-- id, still has the UNIQUE index on wallet_transactions("walletId"), and ran
-- one hotfix migration staging did not (merchants."legacyCode").
--
-- Build: sqlite3 uat.db < uat.sql

BEGIN TRANSACTION;

CREATE TABLE "SequelizeMeta" (
    "name" TEXT NOT NULL PRIMARY KEY
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    "firstName" VARCHAR(100) NOT NULL,
    "lastName" VARCHAR(100) NOT NULL,
    email VARCHAR(255) NOT NULL UNIQUE,
    "phoneNumber" VARCHAR(20),
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
    "businessName" VARCHAR(100) NOT NULL,
    category VARCHAR(50),
    "settlementAccount" VARCHAR(34),
    "isActive" TINYINT(1) NOT NULL DEFAULT 1,
    "legacyCode" VARCHAR(20),
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

CREATE TABLE wallets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE,
    "walletNumber" VARCHAR(20) NOT NULL UNIQUE,
    currency VARCHAR(3) NOT NULL DEFAULT 'ZAR',
    balance DECIMAL(15,2) NOT NULL DEFAULT '0',
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
    status VARCHAR(20) NOT NULL DEFAULT 'pending',
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
-- The one-to-one mistake: at most one transaction per wallet.
CREATE UNIQUE INDEX "wallet_transactions_walletId" ON wallet_transactions ("walletId");

CREATE TABLE payments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
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
    "paymentId" INTEGER NOT NULL REFERENCES payments (id) ON DELETE CASCADE,
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
    ('20251109_01_add_legacy_code_to_merchants.js'),
    ('20251110_01_create_treasury_accounts_table.js');

-- Kabelo registered before the phone number became mandatory.
INSERT INTO users (id, "firstName", "lastName", email, "phoneNumber", "passwordHash", "kycStatus", role, "createdAt", "updatedAt") VALUES
    (1, 'Thandi', 'Nkosi', 'thandi.nkosi@example.co.za', '+27821234567', '$2b$10$demoHashThandiXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'verified', 'customer', '2025-11-02 08:14:00', '2025-11-02 08:14:00'),
    (2, 'Pieter', 'van der Merwe', 'pieter.vdm@example.co.za', '+27831112233', '$2b$10$demoHashPieterXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'verified', 'customer', '2025-11-03 10:02:00', '2025-11-03 10:02:00'),
    (3, 'Kabelo', 'Mahlangu', 'kabelo.m@example.co.za', NULL, '$2b$10$demoHashKaboXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'pending', 'customer', '2025-11-04 13:00:00', '2025-11-04 13:00:00'),
    (4, 'Sipho', 'Dlamini', 'sipho.dlamini@example.co.za', '+27761239876', '$2b$10$demoHashSiphoXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'verified', 'merchant', '2025-11-06 09:00:00', '2025-11-06 09:00:00'),
    (5, 'Lerato', 'Mokoena', 'lerato.mokoena@example.co.za', '+27719876543', '$2b$10$demoHashLeratoXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'verified', 'admin', '2025-11-01 07:30:00', '2025-11-01 07:30:00');

INSERT INTO merchants (id, "merchantCode", "businessName", category, "settlementAccount", "isActive", "legacyCode", "createdAt", "updatedAt") VALUES
    (1, 'MRC-0001', 'Spaza Corner Groceries (Pty) Ltd', 'groceries', 'ZA0251000012345678', 1, 'SPZ-01', '2025-11-06 09:10:00', '2025-11-06 09:10:00'),
    (2, 'MRC-0002', 'Khanyisa Airtime Resellers', 'airtime', 'ZA0470010098765432', 1, 'KHN-07', '2025-11-07 11:00:00', '2025-11-07 11:00:00');

INSERT INTO wallets (id, "userId", "walletNumber", currency, balance, status, "createdAt", "updatedAt") VALUES
    (1, 1, 'WAL-100001', 'ZAR', '950.50', 'active', '2025-11-02 08:15:00', '2025-11-04 18:02:01'),
    (2, 2, 'WAL-100002', 'ZAR', '200.00', 'active', '2025-11-03 10:03:00', '2025-11-03 11:00:00'),
    (3, 3, 'WAL-100003', 'ZAR', '0', 'active', '2025-11-04 13:01:00', '2025-11-04 13:01:00'),
    (4, 4, 'WAL-100004', 'ZAR', '0', 'active', '2025-11-06 09:01:00', '2025-11-06 09:01:00');

-- One row per wallet: the UNIQUE index allows no more.
INSERT INTO wallet_transactions (id, "walletId", type, amount, reference, description, status, "createdAt", "updatedAt") VALUES
    (1, 1, 'credit', '1000.00', 'TOPUP-8831', 'Card top-up', 'completed', '2025-11-02 08:20:00', '2025-11-02 08:20:05'),
    (2, 2, 'credit', '200.00', 'TOPUP-8840', 'EFT top-up', 'completed', '2025-11-03 10:10:00', '2025-11-03 11:00:00'),
    (3, 4, 'credit', '500.00', 'TOPUP-8850', 'Float top-up', 'pending', '2025-11-06 09:30:00', '2025-11-06 09:30:00');

INSERT INTO payments (id, "walletId", "merchantId", amount, currency, status, reference, "createdAt", "updatedAt") VALUES
    (1, 1, 1, '49.50', 'ZAR', 'settled', 'PAY-1001', '2025-11-04 18:02:00', '2025-11-05 02:00:00'),
    (2, 2, 2, '113.00', 'ZAR', 'failed', 'AIR-5521', '2025-11-12 07:45:00', '2025-11-12 07:46:00'),
    (3, 1, 1, '12.00', 'ZAR', 'initiated', NULL, '2025-11-14 17:00:00', '2025-11-14 17:00:00');

INSERT INTO refunds (id, "paymentId", amount, reason, "createdAt", "updatedAt") VALUES
    (1, 2, '113.00', 'Airtime vendor timeout', '2025-11-12 08:00:00', '2025-11-12 08:00:00');

INSERT INTO beneficiaries (id, "userId", "displayName", "bankCode", "accountNumber", "createdAt", "updatedAt") VALUES
    (1, 1, 'Mom (Capitec)', '470010', '1234567890', '2025-11-02 09:00:00', '2025-11-02 09:00:00'),
    (2, 2, 'Landlord', '250655', '62000011122', '2025-11-03 12:00:00', '2025-11-03 12:00:00');

INSERT INTO kyc_documents (id, "userId", "documentType", "documentUrl", status, "reviewedBy", "createdAt", "updatedAt") VALUES
    (1, 1, 'national_id', 's3://kyc-uat/1/id.pdf', 'approved', 5, '2025-11-02 08:30:00', '2025-11-02 15:00:00'),
    (2, 3, 'national_id', 's3://kyc-uat/3/id.pdf', 'submitted', NULL, '2025-11-04 13:10:00', '2025-11-04 13:10:00');

INSERT INTO vouchers (id, code, amount, "merchantId", "redeemedBy", "expiresAt", status, "createdAt", "updatedAt") VALUES
    (1, 'TEST-UAT-0001', '10.00', 1, NULL, '2025-12-31 23:59:59', 'issued', '2025-11-20 08:00:00', '2025-11-20 08:00:00');

INSERT INTO notifications (id, "userId", channel, title, body, "readAt", "createdAt", "updatedAt") VALUES
    (1, 1, 'push', 'Top-up received', 'R1 000.00 was added to your wallet.', NULL, '2025-11-02 08:20:06', '2025-11-02 08:20:06'),
    (2, 3, 'email', 'Add your phone number', 'We need a mobile number to send you one-time PINs.', NULL, '2025-11-04 13:05:00', '2025-11-04 13:05:00');

INSERT INTO settlement_batches (id, "merchantId", "batchDate", "totalAmount", status, "createdAt", "updatedAt") VALUES
    (1, 1, '2025-11-04', '49.50', 'settled', '2025-11-05 02:00:00', '2025-11-05 02:00:00');

INSERT INTO treasury_accounts (id, "accountName", "bankName", "accountNumber", balance, currency, "createdAt", "updatedAt") VALUES
    (1, 'Customer funds trust (UAT)', 'Standard Bank', '0700999001', '1150.50', 'ZAR', '2025-11-01 00:00:00', '2025-11-20 00:00:00');

ANALYZE;

COMMIT;
