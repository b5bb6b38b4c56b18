/*
  Warnings:

  - You are about to drop the column `lastError` on the `RevenueConnection` table. All the data in the column will be lost.
  - DROP TABLE "Business" appears here only inside a comment.

*/
-- DropIndex
DROP INDEX "RevenueRecord_month_idx";

-- AlterTable
ALTER TABLE "RevenueConnection" DROP COLUMN "lastError",
ADD COLUMN     "errorCount" INTEGER NOT NULL DEFAULT 0,
ALTER COLUMN "status" SET DEFAULT 'VERIFIED';

-- RenameIndex
ALTER INDEX "Deal_businessId_idx" RENAME TO "Deal_business_idx";

-- DropTable
DROP TABLE "RevenueRecord";
