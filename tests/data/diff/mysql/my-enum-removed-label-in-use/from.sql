-- An ENUM column gains a label ('refunded') and loses one ('legacy') that 2 rows still hold: the plan must report a
-- high enum-label-in-use hazard with the live count, and in strict mode the MODIFY fails instead of blanking them.
CREATE TABLE orders (
    id int NOT NULL,
    status enum('pending','paid','cancelled','legacy') NOT NULL DEFAULT 'pending',
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO orders (id, status) VALUES (1, 'pending'), (2, 'legacy'), (3, 'cancelled'), (4, 'legacy');
