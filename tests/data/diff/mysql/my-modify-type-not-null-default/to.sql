CREATE TABLE products (
    id int NOT NULL,
    sku varchar(40) NOT NULL,
    price decimal(12,2) NOT NULL DEFAULT 0.00,
    stock bigint NOT NULL DEFAULT 10,
    status varchar(10) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
