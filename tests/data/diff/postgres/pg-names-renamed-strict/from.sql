-- The same keys, checks and indexes under other names in TO, hostile ones (quotes, spaces, a reserved word,
-- mixed case, unicode, a 63-byte name): names are part of an object, so each is renamed where it stands
-- (ALTER TABLE ... RENAME CONSTRAINT, ALTER INDEX ... RENAME TO) and the rows stay; nothing is dropped.
CREATE TABLE "Kunden" (
    "id" integer CONSTRAINT "pk ""old""" PRIMARY KEY,
    "E-Mail" text NOT NULL CONSTRAINT "uq mail" UNIQUE,
    "alter" integer CONSTRAINT "alter_check" CHECK ("alter" >= 0)
);

CREATE INDEX "by alter" ON "Kunden" ("alter");

CREATE TABLE "Bestellungen" (
    "id" integer PRIMARY KEY,
    "kunde" integer NOT NULL CONSTRAINT "fk kunde" REFERENCES "Kunden" ("id")
);

INSERT INTO "Kunden" VALUES (1, 'a@example.test', 30), (2, 'b@example.test', 41);
INSERT INTO "Bestellungen" VALUES (10, 1), (11, 2);
