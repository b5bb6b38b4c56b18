-- A varchar(50) narrowed to varchar(5) while 2 values are longer than 5 characters: the plan must report a high
-- narrowing-type hazard with the live count and samples, and the forward script fails on the server.
CREATE TABLE products (
    id integer PRIMARY KEY,
    code varchar(50) NOT NULL,
    name text NOT NULL
);

INSERT INTO products (id, code, name) VALUES
    (1, 'AB12', 'Widget'), (2, 'WIDGET-LONG-CODE', 'Gadget'), (3, 'XY', 'Sprocket'), (4, 'ABCDEF', 'Cog');
