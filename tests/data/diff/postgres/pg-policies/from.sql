-- Row-level security policies: created after the tables and functions they
-- read, dropped before the columns they read go, changed by drop and create.
CREATE FUNCTION "darf sehen"(m text) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT m = current_user $$;
CREATE TABLE "Mandanten Daten" ("id" integer PRIMARY KEY, "mandant" text NOT NULL, "alt" text);
ALTER TABLE "Mandanten Daten" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "nur eigene" ON "Mandanten Daten" USING ("darf sehen"("mandant"));
CREATE POLICY "alte Spalte" ON "Mandanten Daten" FOR SELECT USING ("alt" IS NOT NULL);
CREATE POLICY "select" ON "Mandanten Daten" AS RESTRICTIVE FOR UPDATE TO CURRENT_USER USING (true);
INSERT INTO "Mandanten Daten" VALUES (1, 'a', NULL), (2, 'b', 'x');
