-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards (not measured: they depend on the data when the rollback runs):
--   high   public.orders.status removes the labels draft, packed that rows may still hold

BEGIN;

DROP VIEW "public"."open_orders";

-- Labels are removed or reordered: the type is created anew and its columns move over.
ALTER TYPE "public"."order_status" RENAME TO "order_status__parity_old";

CREATE TYPE "public"."order_status" AS ENUM ('new', 'paid', 'shipped');

ALTER TABLE "public"."orders" ALTER COLUMN "status" DROP DEFAULT;

ALTER TABLE "public"."orders" ALTER COLUMN "status" TYPE order_status USING "status"::text::order_status;

ALTER TABLE "public"."orders" ALTER COLUMN "status" SET DEFAULT 'new'::order_status;

CREATE VIEW "public"."open_orders" ("id", "status", "total") AS
SELECT orders.id,
    orders.status,
    orders.total
   FROM orders
  WHERE (orders.status <> 'shipped'::order_status);

DROP TYPE "public"."order_status__parity_old";

COMMIT;
