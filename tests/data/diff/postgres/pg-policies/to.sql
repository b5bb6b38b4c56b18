CREATE FUNCTION "darf sehen"(m text) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT m = current_user $$;
CREATE TABLE "Mandanten Daten" ("id" integer PRIMARY KEY, "mandant" text NOT NULL);
ALTER TABLE "Mandanten Daten" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "nur eigene" ON "Mandanten Daten" USING ("darf sehen"("mandant")) WITH CHECK ("mandant" <> '');
CREATE POLICY "select" ON "Mandanten Daten" FOR UPDATE TO PUBLIC USING (true);
CREATE TABLE neu ("id" integer PRIMARY KEY, "Wer" text);
CREATE POLICY "Einfügen erlaubt" ON neu AS RESTRICTIVE FOR INSERT TO CURRENT_USER WITH CHECK ("Wer" = current_user);
INSERT INTO "Mandanten Daten" VALUES (1, 'a');
