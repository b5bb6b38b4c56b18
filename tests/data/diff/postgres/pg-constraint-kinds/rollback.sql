-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none

BEGIN;

ALTER TABLE "public"."Buchungen" DROP CONSTRAINT "keine Überschneidung";

DROP INDEX "public"."notiz einmalig";

ALTER TABLE "public"."Buchungen" DROP CONSTRAINT "select";

DROP INDEX "public"."nach code";

ALTER TABLE "public"."Räume" DROP CONSTRAINT "kap ""positiv""";

COMMENT ON CONSTRAINT "Räume_pkey" ON "public"."Räume" IS 'the room''s key';

ALTER TABLE "public"."Räume" ADD CONSTRAINT "kap ""positiv""" CHECK ("kapazität" > 0);

COMMENT ON CONSTRAINT "Buchungen_raum_fkey" ON "public"."Buchungen" IS NULL;

ALTER TABLE "public"."Buchungen" ADD CONSTRAINT "keine Überschneidung" EXCLUDE USING gist (zeit WITH &&) WHERE ((notiz IS NULL));

CREATE UNIQUE INDEX "notiz einmalig" ON "public"."Buchungen" USING "btree" ("notiz");

CREATE INDEX "nach code" ON "public"."Räume" USING "btree" ("code");

COMMIT;
