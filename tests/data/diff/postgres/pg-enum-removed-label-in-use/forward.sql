-- Parity migration script: turns golden_postgres_f into golden_postgres_t.
-- FROM: golden_postgres_f
-- TO:   golden_postgres_t
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards:
--   high   public.documents.state removes the label archived that rows may still hold: 2 rows

BEGIN;

-- Labels are removed or reordered: the type is created anew and its columns move over.
ALTER TYPE "public"."doc_state" RENAME TO "doc_state__parity_old";

CREATE TYPE "public"."doc_state" AS ENUM ('draft', 'active');

ALTER TABLE "public"."documents" ALTER COLUMN "state" DROP DEFAULT;

ALTER TABLE "public"."documents" ALTER COLUMN "state" TYPE doc_state USING "state"::text::doc_state;

ALTER TABLE "public"."documents" ALTER COLUMN "state" SET DEFAULT 'draft'::doc_state;

DROP TYPE "public"."doc_state__parity_old";

COMMIT;
