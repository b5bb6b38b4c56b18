-- Parity rollback script: turns golden_postgres_t back into golden_postgres_f.
-- FROM: golden_postgres_t
-- TO:   golden_postgres_f
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none

BEGIN;

DROP VIEW "public"."hot_sensors";

DROP VIEW "public"."sensor_readings";

ALTER TABLE "public"."measurements" ALTER COLUMN "sensor" TYPE character varying(20);

ALTER TABLE "public"."measurements" ALTER COLUMN "reading" TYPE integer USING "reading"::integer;

CREATE VIEW "public"."sensor_readings" ("sensor", "reading", "taken_at") AS
SELECT measurements.sensor,
    measurements.reading,
    measurements.taken_at
   FROM measurements;

CREATE VIEW "public"."hot_sensors" ("sensor", "peak") AS
SELECT sensor_readings.sensor,
    max(sensor_readings.reading) AS peak
   FROM sensor_readings
  WHERE (sensor_readings.reading > 10)
  GROUP BY sensor_readings.sensor;

COMMIT;
