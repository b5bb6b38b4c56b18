.bail on

-- Parity rollback script: turns golden_sqlite_t back into golden_sqlite_f.
-- FROM: golden_sqlite_t
-- TO:   golden_sqlite_f
-- Planned: (time) by Parity (version)
-- Run with: sqlite3 DATABASE < FILE
-- Hazards (not measured: they depend on the data when the rollback runs):
--   high   main.flash_commission_tiers drops the table and its rows
--   high   main.sync_audit_logs drops the table and its rows
--   high   main.compliance_records drops the table and its rows
--   high   main.mobilemart_transactions drops the table and its rows
--   high   main.reseller_floats drops the table and its rows
--   high   main.tax_configurations drops the table and its rows
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.

PRAGMA foreign_keys = OFF;

BEGIN;

-- IRREVERSIBLE: drops main.compliance_records and whatever was written to it since the forward script ran.
DROP TABLE "compliance_records";

-- IRREVERSIBLE: drops main.flash_commission_tiers and whatever was written to it since the forward script ran.
DROP TABLE "flash_commission_tiers";

-- IRREVERSIBLE: drops main.mobilemart_transactions and whatever was written to it since the forward script ran.
DROP TABLE "mobilemart_transactions";

-- IRREVERSIBLE: drops main.reseller_floats and whatever was written to it since the forward script ran.
DROP TABLE "reseller_floats";

-- IRREVERSIBLE: drops main.sync_audit_logs and whatever was written to it since the forward script ran.
DROP TABLE "sync_audit_logs";

-- IRREVERSIBLE: drops main.tax_configurations and whatever was written to it since the forward script ran.
DROP TABLE "tax_configurations";

-- Every foreign key must still hold: a broken one stops the script before COMMIT.
CREATE TEMP TABLE "parity_foreign_key_check" (broken_rows INTEGER CHECK (broken_rows = 0));

INSERT INTO "parity_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;

DROP TABLE "parity_foreign_key_check";

COMMIT;
