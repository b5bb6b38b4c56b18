-- Seed 003: wallet_transactions has a UNIQUE index on "walletId" (one transaction per wallet); one-to-many needs it
-- gone. The plan drops "wallet_transactions_walletId_key" and keeps the FK; the rollback recreates the unique index
-- (a hazard there once a wallet has two transactions). Prisma's mixed-case names must stay quoted.
CREATE TYPE "TransactionType" AS ENUM ('credit', 'debit');

CREATE TABLE "OrganisationWallet" (
    id text NOT NULL,
    "organisationId" text NOT NULL,
    balance integer NOT NULL DEFAULT 0,
    currency text NOT NULL DEFAULT 'ZAR',
    threshold integer,
    "topupAmount" integer,
    enabled boolean NOT NULL DEFAULT true,
    "updatedAt" timestamp(3) NOT NULL,
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OrganisationWallet_pkey" PRIMARY KEY (id)
);

CREATE UNIQUE INDEX "OrganisationWallet_organisationId_key" ON "OrganisationWallet" ("organisationId");

CREATE TABLE wallet_transactions (
    id text NOT NULL,
    "walletId" text NOT NULL,
    amount double precision NOT NULL,
    type "TransactionType" NOT NULL,
    description text,
    "createdAt" timestamptz(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT wallet_transactions_pkey PRIMARY KEY (id)
);

CREATE UNIQUE INDEX "wallet_transactions_walletId_key" ON wallet_transactions ("walletId");

ALTER TABLE wallet_transactions ADD CONSTRAINT "wallet_transactions_walletId_fkey"
    FOREIGN KEY ("walletId") REFERENCES "OrganisationWallet" (id) ON DELETE RESTRICT ON UPDATE CASCADE;

-- The seed's data state: 1 wallet, 0 transactions.
INSERT INTO "OrganisationWallet" (id, "organisationId", balance, "updatedAt")
    VALUES ('6f1c1c1e-0000-4000-8000-000000000001', 'org-datacentrix', 5000, '2025-07-05 19:00:00');
