-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none

BEGIN;

ALTER TABLE "public"."treasury_alert" DROP CONSTRAINT "treasury_alert_payment_id_fkey";

ALTER TABLE "public"."treasury_paymenttracking" DROP CONSTRAINT "treasury_paymenttracking_payment_id_fkey";

ALTER TABLE "public"."treasury_paymentapproval" DROP CONSTRAINT "treasury_paymentapproval_payment_id_fkey";

ALTER TABLE "public"."treasury_payment" DROP CONSTRAINT "treasury_payment_pkey";

ALTER TABLE "public"."treasury_payment" DROP CONSTRAINT "treasury_payment_id_key";

ALTER TABLE "public"."treasury_payment" DROP COLUMN "payment_id";

ALTER TABLE "public"."treasury_payment" ADD CONSTRAINT "treasury_payment_pkey" PRIMARY KEY ("id");

DROP TABLE "public"."treasury_alert";

DROP TABLE "public"."treasury_paymenttracking";

ALTER TABLE "public"."treasury_paymentapproval" ADD CONSTRAINT "treasury_paymentapproval_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "public"."treasury_payment" ("id") DEFERRABLE INITIALLY DEFERRED;

COMMIT;
