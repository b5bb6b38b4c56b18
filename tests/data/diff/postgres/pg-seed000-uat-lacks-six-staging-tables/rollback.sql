-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.

BEGIN;

ALTER TABLE "public"."compliance_records" DROP CONSTRAINT "compliance_records_user_id_fkey";

ALTER TABLE "public"."mobilemart_transactions" DROP CONSTRAINT "mobilemart_transactions_transaction_id_fkey";

ALTER TABLE "public"."reseller_floats" DROP CONSTRAINT "reseller_floats_reseller_id_fkey";

DROP TABLE "public"."compliance_records";

-- IRREVERSIBLE: the table's rows are gone once this runs; the backup is the way back.
DROP TABLE "public"."flash_commission_tiers";

DROP TABLE "public"."mobilemart_transactions";

DROP TABLE "public"."reseller_floats";

-- IRREVERSIBLE: the table's rows are gone once this runs; the backup is the way back.
DROP TABLE "public"."sync_audit_logs";

DROP TABLE "public"."tax_configurations";

DROP TYPE "public"."sync_direction";

COMMIT;
