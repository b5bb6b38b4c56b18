-- Parity migration script: turns golden_postgres_f into golden_postgres_t.
-- FROM: golden_postgres_f
-- TO:   golden_postgres_t
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards:
--   low    public.Buchungen.notiz adds unique index notiz einmalig over values that may repeat: the change fails while any do: 0 duplicated values

BEGIN;

ALTER TABLE "public"."Buchungen" DROP CONSTRAINT "keine Überschneidung";

DROP INDEX "public"."notiz einmalig";

DROP INDEX "public"."nach code";

ALTER TABLE "public"."Räume" DROP CONSTRAINT "kap ""positiv""";

COMMENT ON CONSTRAINT "Räume_pkey" ON "public"."Räume" IS 'der Schlüssel des Raums';

ALTER TABLE "public"."Räume" ADD CONSTRAINT "kap ""positiv""" CHECK ("kapazität" > 0) NO INHERIT;

COMMENT ON CONSTRAINT "kap ""positiv""" ON "public"."Räume" IS 'Platz für wenigstens eine Person';

COMMENT ON CONSTRAINT "Buchungen_raum_fkey" ON "public"."Buchungen" IS 'wohin';

ALTER TABLE "public"."Buchungen" ADD CONSTRAINT "keine Überschneidung" EXCLUDE USING gist (zeit WITH &&) WHERE ((notiz IS NOT NULL));

CREATE UNIQUE INDEX "notiz einmalig" ON "public"."Buchungen" USING "btree" ("notiz") NULLS NOT DISTINCT;

ALTER TABLE "public"."Buchungen" ADD CONSTRAINT "select" EXCLUDE USING gist (zeit WITH &&) WHERE ((raum = 2));

CREATE INDEX "nach code" ON "public"."Räume" USING "btree" ("code") WITH (fillfactor=70);

COMMIT;
