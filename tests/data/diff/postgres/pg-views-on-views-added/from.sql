-- Three views added, each on the one before (sales_by_region <- top_regions <- region_report, which also joins the
-- table): the plan creates them in dependency order, and the rollback drops them outer first.
CREATE TABLE sales (
    id integer PRIMARY KEY,
    region text NOT NULL,
    amount numeric(10, 2) NOT NULL,
    sold_on date NOT NULL
);

INSERT INTO sales (id, region, amount, sold_on) VALUES
    (1, 'north', 100.00, '2024-03-01'),
    (2, 'south', 250.00, '2024-03-02'),
    (3, 'north', 75.50, '2024-03-02'),
    (4, 'east', 10.00, '2024-03-03');
