-- Parity migration script: turns golden_postgres_f into golden_postgres_t.
-- FROM: golden_postgres_f
-- TO:   golden_postgres_t
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none

BEGIN;

DROP VIEW "public"."kunden_namen";

CREATE TABLE "public"."neu" (
    "id" integer NOT NULL,
    CONSTRAINT "neu_pkey" PRIMARY KEY ("id")
);

CREATE VIEW "public"."kunden_namen" ("id", "name") AS
SELECT kunde.id,
    upper(kunde.name) AS name
   FROM kunde;

GRANT USAGE ON SCHEMA "Berichte" TO "Leser ü";

REVOKE SELECT ("name") ON TABLE "public"."kunde" FROM "Leser ü";

REVOKE INSERT, SELECT ON TABLE "public"."kunde" FROM "app user";

GRANT SELECT, UPDATE ON TABLE "public"."kunde" TO "app user" WITH GRANT OPTION;

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."neu" TO PUBLIC;

GRANT SELECT ON TABLE "public"."kunden_namen" TO "Leser ü";

GRANT SELECT ON SEQUENCE "public"."kunde_id_seq" TO "app user";

REVOKE EXECUTE ON ROUTINE "public"."zaehle"() FROM PUBLIC;

GRANT EXECUTE ON ROUTINE "public"."zaehle"() TO "app user";

COMMIT;
