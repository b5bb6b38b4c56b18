-- Privileges are part of an object: GRANT and REVOKE as TO has them, per
-- column too, with the grant option; a view that is created anew gets its
-- grants back; REVOKE EXECUTE FROM PUBLIC on a function is seen.
DO $$ BEGIN CREATE ROLE "Leser ü"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "app user"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA "Berichte";
CREATE TABLE kunde (id serial PRIMARY KEY, name text, "geheim ""x""" text);
CREATE VIEW kunden_namen AS SELECT id, name FROM kunde;
CREATE FUNCTION zaehle() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM kunde $$;
GRANT SELECT, INSERT ON kunde TO "app user";
GRANT SELECT (id, name) ON kunde TO "Leser ü";
GRANT SELECT ON kunden_namen TO "Leser ü";
GRANT USAGE ON SEQUENCE kunde_id_seq TO "app user";
INSERT INTO kunde (name) VALUES ('a');
