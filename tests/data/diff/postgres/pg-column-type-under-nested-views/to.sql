CREATE TABLE measurements (
    id integer PRIMARY KEY,
    sensor varchar(40) NOT NULL,
    reading numeric(8, 2) NOT NULL,
    taken_at timestamptz NOT NULL DEFAULT now()
);

CREATE VIEW sensor_readings AS
    SELECT sensor, reading, taken_at FROM measurements;

CREATE VIEW hot_sensors AS
    SELECT sensor, max(reading) AS peak FROM sensor_readings WHERE reading > 10 GROUP BY sensor;
