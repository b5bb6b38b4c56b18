CREATE TABLE "Nutzer" (id INTEGER PRIMARY KEY, "größe" INTEGER, "größe in m" AS ("größe" / 100.0));
CREATE TABLE bestellung (id INTEGER PRIMARY KEY, nutzer INTEGER REFERENCES "NUTZER" (id), menge INTEGER,
                         doppelt INTEGER AS (menge * 2));
INSERT INTO "Nutzer" VALUES (1, 180);
INSERT INTO bestellung (id, nutzer, menge) VALUES (1, 1, 3);
CREATE TABLE "LAGER ORT" (id INTEGER PRIMARY KEY, "Name" TEXT, "ärger" TEXT);
INSERT INTO "LAGER ORT" VALUES (1, 'Nord', 'kein');
