-- Parity migration script: turns golden_postgres_f into golden_postgres_t.
-- FROM: golden_postgres_f
-- TO:   golden_postgres_t
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards:
--   low    public.measurements changes the type of reading, which rewrites every row; the table is locked while it runs: 3 rows

BEGIN;

DROP VIEW "public"."hot_sensors";

DROP VIEW "public"."sensor_readings";

ALTER TABLE "public"."measurements" ALTER COLUMN "sensor" TYPE character varying(40);

ALTER TABLE "public"."measurements" ALTER COLUMN "reading" TYPE numeric(8,2) USING "reading"::numeric(8,2);

CREATE VIEW "public"."sensor_readings" ("sensor", "reading", "taken_at") AS
SELECT measurements.sensor,
    measurements.reading,
    measurements.taken_at
   FROM measurements;

CREATE VIEW "public"."hot_sensors" ("sensor", "peak") AS
SELECT sensor_readings.sensor,
    max(sensor_readings.reading) AS peak
   FROM sensor_readings
  WHERE (sensor_readings.reading > (10)::numeric)
  GROUP BY sensor_readings.sensor;

COMMIT;
