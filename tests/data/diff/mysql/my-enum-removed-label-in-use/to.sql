CREATE TABLE orders (
    id int NOT NULL,
    status enum('pending','paid','refunded','cancelled') NOT NULL DEFAULT 'pending',
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
