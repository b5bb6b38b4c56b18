-- An ENUM column gains a label ('refunded') and loses one ('legacy') that no row holds: one MODIFY with the new
-- list; the hazard on the removed label measures 0 rows and stays low, and every row keeps its label.
CREATE TABLE orders (
    id int NOT NULL,
    status enum('pending','paid','cancelled','legacy') NOT NULL DEFAULT 'pending',
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO orders (id, status) VALUES (1, 'pending'), (2, 'paid'), (3, 'cancelled'), (4, 'paid');
