CREATE DOMAIN "Postleitzahl ü" AS text NOT NULL CONSTRAINT "fünf Ziffern" CHECK (VALUE ~ '^[0-9]{5}$')
    CONSTRAINT "nicht 00000" CHECK (VALUE <> '00000');
COMMENT ON DOMAIN "Postleitzahl ü" IS 'deutsche Postleitzahl';
CREATE DOMAIN "order" AS integer DEFAULT 7;
CREATE DOMAIN betrag AS numeric(12,2) CHECK (VALUE >= 0);
CREATE DOMAIN "Abgeleitet" AS betrag CHECK (VALUE < 1000000);
CREATE DOMAIN "Stufe" AS betrag DEFAULT 2;
CREATE TABLE kunde (
    id integer PRIMARY KEY,
    plz "Postleitzahl ü",
    rang "order",
    stufe "Stufe",
    summe betrag NOT NULL DEFAULT 0,
    rabatt "Abgeleitet"
);
INSERT INTO kunde VALUES (1, '12345', 2, 5, 10.50, NULL);
