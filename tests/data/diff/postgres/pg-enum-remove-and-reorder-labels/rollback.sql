-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none

BEGIN;

DROP VIEW "public"."urgent_tickets";

-- Labels are removed or reordered: the type is created anew and its columns move over.
ALTER TYPE "public"."ticket_priority" RENAME TO "ticket_priority__parity_old";

CREATE TYPE "public"."ticket_priority" AS ENUM ('low', 'high', 'medium', 'obsolete');

ALTER TABLE "public"."tickets" ALTER COLUMN "priority" DROP DEFAULT;

ALTER TABLE "public"."tickets" ALTER COLUMN "priority" TYPE ticket_priority USING "priority"::text::ticket_priority;

ALTER TABLE "public"."tickets" ALTER COLUMN "priority" SET DEFAULT 'medium'::ticket_priority;

CREATE VIEW "public"."urgent_tickets" ("id", "title", "priority") AS
SELECT tickets.id,
    tickets.title,
    tickets.priority
   FROM tickets
  WHERE (tickets.priority = 'high'::ticket_priority);

DROP TYPE "public"."ticket_priority__parity_old";

COMMIT;
