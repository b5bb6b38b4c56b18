-- Parity migration script: turns golden_postgres_f into golden_postgres_t.
-- FROM: golden_postgres_f
-- TO:   golden_postgres_t
-- Planned: (time) by Parity (version)
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE
-- Hazards: none

BEGIN;

CREATE VIEW "public"."sales_by_region" ("region", "total", "sales") AS
SELECT sales.region,
    sum(sales.amount) AS total,
    count(*) AS sales
   FROM sales
  GROUP BY sales.region;

CREATE VIEW "public"."top_regions" ("region", "total") AS
SELECT sales_by_region.region,
    sales_by_region.total
   FROM sales_by_region
  WHERE (sales_by_region.total > (50)::numeric);

CREATE VIEW "public"."region_report" ("region", "total", "last_sale") AS
SELECT t.region,
    t.total,
    max(s.sold_on) AS last_sale
   FROM (top_regions t
     JOIN sales s ON ((s.region = t.region)))
  GROUP BY t.region, t.total;

COMMIT;
