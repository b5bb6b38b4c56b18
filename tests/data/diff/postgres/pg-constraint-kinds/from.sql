-- Kinds a PostgreSQL schema holds beyond plain keys, each as the server keeps it: an exclusion constraint (made and
-- dropped as a constraint, never as a plain index), index storage parameters, NULLS NOT DISTINCT on a unique index,
-- CHECK ... NO INHERIT, and comments on constraints, under hostile names.
CREATE TABLE "Räume" (
    "id" integer PRIMARY KEY,
    "code" text NOT NULL,
    "kapazität" integer NOT NULL CONSTRAINT "kap ""positiv""" CHECK ("kapazität" > 0)
);

CREATE TABLE "Buchungen" (
    "id" integer PRIMARY KEY,
    "raum" integer NOT NULL REFERENCES "Räume" ("id"),
    "zeit" tsrange NOT NULL,
    "notiz" text,
    CONSTRAINT "keine Überschneidung" EXCLUDE USING gist ("zeit" WITH &&) WHERE ("notiz" IS NULL)
);

CREATE INDEX "nach code" ON "Räume" ("code");
CREATE UNIQUE INDEX "notiz einmalig" ON "Buchungen" ("notiz");

COMMENT ON CONSTRAINT "Räume_pkey" ON "Räume" IS 'the room''s key';

INSERT INTO "Räume" VALUES (1, 'A', 10), (2, 'B', 4);
INSERT INTO "Buchungen" VALUES (1, 1, '[2026-01-01 10:00, 2026-01-01 11:00)', NULL),
                               (2, 2, '[2026-01-01 12:00, 2026-01-01 13:00)', 'x');
