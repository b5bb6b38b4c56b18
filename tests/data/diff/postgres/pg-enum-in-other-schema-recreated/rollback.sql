-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none

-- Outside the transaction: a new enum label cannot be used in the transaction that adds it.
ALTER TYPE "Billing Dept"."invoice_state" ADD VALUE IF NOT EXISTS 'void' AFTER 'sent';
