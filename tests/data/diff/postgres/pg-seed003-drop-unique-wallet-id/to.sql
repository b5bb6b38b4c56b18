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

ALTER TABLE wallet_transactions ADD CONSTRAINT "wallet_transactions_walletId_fkey"
    FOREIGN KEY ("walletId") REFERENCES "OrganisationWallet" (id) ON DELETE RESTRICT ON UPDATE CASCADE;
