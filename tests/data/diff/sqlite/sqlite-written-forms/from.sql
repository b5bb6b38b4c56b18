-- SQLite keeps a table's CREATE text as written and reports it: a generated
-- column written AS (…) without GENERATED ALWAYS or a kind, and a REFERENCES
-- that names its table in another letter case, stay as TO wrote them.
CREATE TABLE "Nutzer" (id INTEGER PRIMARY KEY, "größe" INTEGER);
CREATE TABLE bestellung (id INTEGER PRIMARY KEY, nutzer INTEGER REFERENCES "Nutzer" (id), menge INTEGER,
                         doppelt INTEGER GENERATED ALWAYS AS (menge * 2) VIRTUAL);
INSERT INTO "Nutzer" VALUES (1, 180);
INSERT INTO bestellung (id, nutzer, menge) VALUES (1, 1, 3);
-- A name TO spells in other letter case is renamed (a table by way of a
-- temporary name); SQLite folds ASCII letters only, so "Ärger" and "ärger"
-- are two columns to it, and to Parity.
CREATE TABLE "Lager Ort" (id INTEGER PRIMARY KEY, "name" TEXT, "Ärger" TEXT);
INSERT INTO "Lager Ort" VALUES (1, 'Nord', 'kein');
