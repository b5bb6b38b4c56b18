-- Row-level security is a property of a table the server keeps (ENABLE, FORCE for the owner too): switching it on
-- or off is a difference, set where the table stands. (Policies themselves are not compared yet.)
CREATE TABLE "Mandanten Daten" ("id" integer PRIMARY KEY, "mandant" text NOT NULL);
CREATE TABLE "open" ("id" integer PRIMARY KEY);
ALTER TABLE "open" ENABLE ROW LEVEL SECURITY;
INSERT INTO "Mandanten Daten" VALUES (1, 'a'), (2, 'b');
