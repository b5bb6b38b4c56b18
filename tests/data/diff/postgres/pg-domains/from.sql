-- Domains are types with rules: their default, NOT NULL and checks change in
-- place (ALTER DOMAIN); a new base type needs a new domain, and the columns
-- that use it move over with their rows. Names are hostile on purpose.
CREATE DOMAIN "Postleitzahl ü" AS text CONSTRAINT "fünf Ziffern" CHECK (VALUE ~ '^[0-9]{5}$');
CREATE DOMAIN "order" AS integer DEFAULT 1;
CREATE DOMAIN betrag AS numeric(8,2) CHECK (VALUE >= 0);
CREATE DOMAIN veraltet AS text;
CREATE DOMAIN "Stufe" AS betrag DEFAULT 1;
CREATE TABLE kunde (
    id integer PRIMARY KEY,
    plz "Postleitzahl ü",
    rang "order",
    stufe "Stufe",
    summe betrag NOT NULL DEFAULT 0
);
INSERT INTO kunde VALUES (1, '12345', 2, 5, 10.50), (2, '54321', 3, NULL, 0);
