-- MODIFY of type, NULL-ness and default (sku varchar(20) NULL -> varchar(40) NOT NULL, price decimal(8,2) NULL ->
-- decimal(12,2) NOT NULL DEFAULT 0.00, stock int DEFAULT 0 -> bigint DEFAULT 10, status loses its default): each
-- MODIFY must restate the whole column; no row holds NULL, so the forward script succeeds and keeps every value.
CREATE TABLE products (
    id int NOT NULL,
    sku varchar(20) NULL,
    price decimal(8,2) NULL DEFAULT NULL,
    stock int NOT NULL DEFAULT 0,
    status varchar(10) NOT NULL DEFAULT 'new',
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO products (id, sku, price, stock, status) VALUES
    (1, 'SKU-1', 9.99, 5, 'new'), (2, 'SKU-2', 120.00, 0, 'active'), (3, 'SKU-3', 0.50, 17, 'active');
