CREATE TABLE "Räume" (
    "id" integer PRIMARY KEY,
    "code" text NOT NULL,
    "kapazität" integer NOT NULL CONSTRAINT "kap ""positiv""" CHECK ("kapazität" > 0) NO INHERIT
);

CREATE TABLE "Buchungen" (
    "id" integer PRIMARY KEY,
    "raum" integer NOT NULL REFERENCES "Räume" ("id"),
    "zeit" tsrange NOT NULL,
    "notiz" text,
    CONSTRAINT "keine Überschneidung" EXCLUDE USING gist ("zeit" WITH &&) WHERE ("notiz" IS NOT NULL),
    CONSTRAINT "select" EXCLUDE USING gist ("zeit" WITH &&) WHERE ("raum" = 2)
);

CREATE INDEX "nach code" ON "Räume" ("code") WITH (fillfactor = 70);
CREATE UNIQUE INDEX "notiz einmalig" ON "Buchungen" ("notiz") NULLS NOT DISTINCT;

COMMENT ON CONSTRAINT "Räume_pkey" ON "Räume" IS 'der Schlüssel des Raums';
COMMENT ON CONSTRAINT "kap ""positiv""" ON "Räume" IS 'Platz für wenigstens eine Person';
COMMENT ON CONSTRAINT "Buchungen_raum_fkey" ON "Buchungen" IS 'wohin';
