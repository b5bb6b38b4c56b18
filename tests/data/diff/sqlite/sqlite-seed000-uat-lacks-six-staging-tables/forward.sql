.bail on

-- Parity migration script: turns golden_sqlite_f into golden_sqlite_t.
-- FROM: golden_sqlite_f
-- TO:   golden_sqlite_t
-- Planned: (time) by Parity (version)
-- Run with: sqlite3 DATABASE < FILE
-- Hazards: none

BEGIN;

CREATE TABLE "compliance_records" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "record_type" VARCHAR(50) NOT NULL,
    "payload" JSON NOT NULL DEFAULT '{}',
    "created_at" DATETIME NOT NULL
);

CREATE TABLE "flash_commission_tiers" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
    "min_volume" DECIMAL(14, 2) NOT NULL,
    "max_volume" DECIMAL(14, 2),
    "rate_percent" DECIMAL(5, 3) NOT NULL CHECK (rate_percent >= 0),
    "created_at" DATETIME NOT NULL
);

CREATE TABLE "mobilemart_transactions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
    "transaction_id" INTEGER REFERENCES "transactions" ("id"),
    "mobilemart_ref" VARCHAR(64) NOT NULL UNIQUE,
    "status" TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'settled', 'failed')),
    "created_at" DATETIME NOT NULL
);

CREATE TABLE "reseller_floats" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
    "reseller_id" INTEGER NOT NULL UNIQUE REFERENCES "users" ("id"),
    "balance" DECIMAL(14, 2) NOT NULL DEFAULT 0,
    "updated_at" DATETIME NOT NULL
);

CREATE TABLE "sync_audit_logs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
    "direction" TEXT NOT NULL CHECK (direction IN ('uat_to_staging', 'staging_to_uat')),
    "table_name" VARCHAR(128) NOT NULL,
    "rows_affected" INTEGER NOT NULL DEFAULT 0,
    "performed_by" VARCHAR(100) NOT NULL,
    "created_at" DATETIME NOT NULL
);

CREATE TABLE "tax_configurations" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
    "country_code" CHAR(2) NOT NULL,
    "tax_name" VARCHAR(50) NOT NULL,
    "rate_percent" DECIMAL(5, 3) NOT NULL,
    "effective_from" DATE NOT NULL,
    UNIQUE ("country_code", "tax_name", "effective_from")
);

CREATE INDEX "sync_audit_logs_created_at" ON "sync_audit_logs" ("created_at");

COMMIT;
