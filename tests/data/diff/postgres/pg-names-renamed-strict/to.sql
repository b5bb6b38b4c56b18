CREATE TABLE "Kunden" (
    "id" integer CONSTRAINT "Kunden_pkey" PRIMARY KEY,
    "E-Mail" text NOT NULL CONSTRAINT "select" UNIQUE,
    "alter" integer CONSTRAINT "Älter ""nicht"" negativ" CHECK ("alter" >= 0)
);

CREATE INDEX "kunden_nach_alter_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx1" ON "Kunden" ("alter");

CREATE TABLE "Bestellungen" (
    "id" integer PRIMARY KEY,
    "kunde" integer NOT NULL CONSTRAINT "Bestellungen_kunde_fkey" REFERENCES "Kunden" ("id")
);
