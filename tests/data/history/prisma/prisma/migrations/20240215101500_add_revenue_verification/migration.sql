-- CreateEnum
CREATE TYPE "RevenueSourceType" AS ENUM ('BANK_FEED', 'ACCOUNTING', 'MANUAL_UPLOAD');

-- CreateEnum
CREATE TYPE "VerificationStatus" AS ENUM ('PENDING', 'VERIFIED', 'FLAGGED', 'FAILED');

-- CreateTable
CREATE TABLE "RevenueConnection" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "sourceType" "RevenueSourceType" NOT NULL,
    "status" "VerificationStatus" NOT NULL DEFAULT 'PENDING',
    "lastError" TEXT,

    CONSTRAINT "RevenueConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RevenueRecord" (
    "id" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "month" TIMESTAMP(3) NOT NULL,
    "totalRevenue" DECIMAL(15,2) NOT NULL,
    "sourceData" JSONB,

    CONSTRAINT "RevenueRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RevenueConnection_businessId_sourceType_key" ON "RevenueConnection"("businessId", "sourceType");

-- CreateIndex
CREATE INDEX "RevenueRecord_month_idx" ON "RevenueRecord"("month");

-- AddForeignKey
ALTER TABLE "RevenueConnection" ADD CONSTRAINT "RevenueConnection_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RevenueRecord" ADD CONSTRAINT "RevenueRecord_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
