-- Column types change (reading integer -> numeric(8,2), sensor varchar(20) -> varchar(40)) under a view and a view
-- on that view: PostgreSQL refuses ALTER COLUMN TYPE while a view uses the column, so the plan drops the outer view,
-- then the inner one, alters, and recreates them inner first; the rows keep their values.
CREATE TABLE measurements (
    id integer PRIMARY KEY,
    sensor varchar(20) NOT NULL,
    reading integer NOT NULL,
    taken_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO measurements (id, sensor, reading, taken_at) VALUES
    (1, 'boiler', 71, '2024-01-01 10:00:00+00'),
    (2, 'boiler', 9, '2024-01-01 11:00:00+00'),
    (3, 'attic', 23, '2024-01-01 10:00:00+00');

CREATE VIEW sensor_readings AS
    SELECT sensor, reading, taken_at FROM measurements;

CREATE VIEW hot_sensors AS
    SELECT sensor, max(reading) AS peak FROM sensor_readings WHERE reading > 10 GROUP BY sensor;
