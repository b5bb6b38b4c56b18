CREATE TABLE sales (
    id integer PRIMARY KEY,
    region text NOT NULL,
    amount numeric(10, 2) NOT NULL,
    sold_on date NOT NULL
);

CREATE VIEW sales_by_region AS
    SELECT region, sum(amount) AS total, count(*) AS sales FROM sales GROUP BY region;

CREATE VIEW top_regions AS
    SELECT region, total FROM sales_by_region WHERE total > 50;

CREATE VIEW region_report AS
    SELECT t.region, t.total, max(s.sold_on) AS last_sale
    FROM top_regions t JOIN sales s ON s.region = t.region
    GROUP BY t.region, t.total;
