-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards (not measured: they depend on the data when the rollback runs):
--   high   public.treasury_alert drops the table and its rows
--   high   public.treasury_paymenttracking drops the table and its rows
--   high   public.treasury_payment.payment_id drops the column and its values
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.

BEGIN;

ALTER TABLE "public"."treasury_alert" DROP CONSTRAINT "treasury_alert_payment_id_fkey";

ALTER TABLE "public"."treasury_paymenttracking" DROP CONSTRAINT "treasury_paymenttracking_payment_id_fkey";

ALTER TABLE "public"."treasury_paymentapproval" DROP CONSTRAINT "treasury_paymentapproval_payment_id_fkey";

ALTER TABLE "public"."treasury_payment" DROP CONSTRAINT "treasury_payment_pkey";

ALTER TABLE "public"."treasury_payment" DROP CONSTRAINT "treasury_payment_id_key";

-- IRREVERSIBLE: drops public.treasury_payment.payment_id and whatever was written to it since the forward script ran.
ALTER TABLE "public"."treasury_payment" DROP COLUMN "payment_id";

ALTER TABLE "public"."treasury_payment" ADD CONSTRAINT "treasury_payment_pkey" PRIMARY KEY ("id");

-- IRREVERSIBLE: drops public.treasury_alert and whatever was written to it since the forward script ran.
DROP TABLE "public"."treasury_alert";

-- IRREVERSIBLE: drops public.treasury_paymenttracking and whatever was written to it since the forward script ran.
DROP TABLE "public"."treasury_paymenttracking";

ALTER TABLE "public"."treasury_paymentapproval" ADD CONSTRAINT "treasury_paymentapproval_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "public"."treasury_payment" ("id") DEFERRABLE INITIALLY DEFERRED;

COMMIT;
