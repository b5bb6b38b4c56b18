-- Parity migration script: turns golden_postgres_f into golden_postgres_t.
-- FROM: golden_postgres_f
-- TO:   golden_postgres_t
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none

-- Outside the transaction: a new enum label cannot be used in the transaction that adds it.
ALTER TYPE "public"."order_status" ADD VALUE IF NOT EXISTS 'draft' BEFORE 'new';

-- Outside the transaction: a new enum label cannot be used in the transaction that adds it.
ALTER TYPE "public"."order_status" ADD VALUE IF NOT EXISTS 'packed' AFTER 'paid';
