-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards (not measured: they depend on the data when the rollback runs):
--   high   public.neu drops the table and its rows
-- Steps marked IRREVERSIBLE lose data that no script brings back: take a backup before running this, and restore from it to go back.

BEGIN;

DROP VIEW "public"."kunden_namen";

-- IRREVERSIBLE: drops public.neu and whatever was written to it since the forward script ran.
DROP TABLE "public"."neu";

CREATE VIEW "public"."kunden_namen" ("id", "name") AS
SELECT kunde.id,
    kunde.name
   FROM kunde;

REVOKE USAGE ON SCHEMA "Berichte" FROM "Leser ü";

REVOKE SELECT, UPDATE ON TABLE "public"."kunde" FROM "app user";

GRANT SELECT ("name") ON TABLE "public"."kunde" TO "Leser ü";

GRANT INSERT, SELECT ON TABLE "public"."kunde" TO "app user";

GRANT SELECT ON TABLE "public"."kunden_namen" TO "Leser ü";

REVOKE SELECT ON SEQUENCE "public"."kunde_id_seq" FROM "app user";

REVOKE EXECUTE ON ROUTINE "public"."zaehle"() FROM "app user";

GRANT EXECUTE ON ROUTINE "public"."zaehle"() TO PUBLIC;

COMMIT;
