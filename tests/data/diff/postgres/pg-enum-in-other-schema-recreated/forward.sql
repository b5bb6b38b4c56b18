-- Parity migration script: turns golden_postgres_f into golden_postgres_t.
-- FROM: golden_postgres_f
-- TO:   golden_postgres_t
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards:
--   low    Billing Dept.invoices.state removes the label void that rows may still hold: 0 rows

BEGIN;

DROP VIEW "Billing Dept"."unpaid";

-- Labels are removed or reordered: the type is created anew and its columns move over.
ALTER TYPE "Billing Dept"."invoice_state" RENAME TO "invoice_state__parity_old";

CREATE TYPE "Billing Dept"."invoice_state" AS ENUM ('open', 'sent', 'paid');

ALTER TABLE "Billing Dept"."invoices" ALTER COLUMN "state" DROP DEFAULT;

ALTER TABLE "Billing Dept"."invoices" ALTER COLUMN "state" TYPE "Billing Dept".invoice_state USING "state"::text::"Billing Dept".invoice_state;

ALTER TABLE "Billing Dept"."invoices" ALTER COLUMN "state" SET DEFAULT 'open'::"Billing Dept".invoice_state;

CREATE VIEW "Billing Dept"."unpaid" ("id", "state", "amount") AS
SELECT invoices.id,
    invoices.state,
    invoices.amount
   FROM "Billing Dept".invoices
  WHERE (invoices.state <> 'paid'::"Billing Dept".invoice_state);

DROP TYPE "Billing Dept"."invoice_state__parity_old";

COMMIT;
