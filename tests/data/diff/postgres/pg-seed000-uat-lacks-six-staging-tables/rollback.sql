-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards (not measured: they depend on the data when the rollback runs):
--   high   public.flash_commission_tiers drops the table and its rows
--   high   public.sync_audit_logs drops the table and its rows
--   high   public.compliance_records drops the table and its rows
--   high   public.mobilemart_transactions drops the table and its rows
--   high   public.reseller_floats drops the table and its rows
--   high   public.tax_configurations drops the table and its rows
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.

BEGIN;

ALTER TABLE "public"."compliance_records" DROP CONSTRAINT "compliance_records_user_id_fkey";

ALTER TABLE "public"."mobilemart_transactions" DROP CONSTRAINT "mobilemart_transactions_transaction_id_fkey";

ALTER TABLE "public"."reseller_floats" DROP CONSTRAINT "reseller_floats_reseller_id_fkey";

-- IRREVERSIBLE: drops public.compliance_records and whatever was written to it since the forward script ran.
DROP TABLE "public"."compliance_records";

-- IRREVERSIBLE: drops public.flash_commission_tiers and whatever was written to it since the forward script ran.
DROP TABLE "public"."flash_commission_tiers";

-- IRREVERSIBLE: drops public.mobilemart_transactions and whatever was written to it since the forward script ran.
DROP TABLE "public"."mobilemart_transactions";

-- IRREVERSIBLE: drops public.reseller_floats and whatever was written to it since the forward script ran.
DROP TABLE "public"."reseller_floats";

-- IRREVERSIBLE: drops public.sync_audit_logs and whatever was written to it since the forward script ran.
DROP TABLE "public"."sync_audit_logs";

-- IRREVERSIBLE: drops public.tax_configurations and whatever was written to it since the forward script ran.
DROP TABLE "public"."tax_configurations";

DROP TYPE "public"."sync_direction";

COMMIT;
