-- Parity migration script: turns golden_mysql_f into golden_mysql_t.
-- FROM: golden_mysql_f
-- TO:   golden_mysql_t
-- Planned: (time) by Parity (version)
-- Run with: mariadb DATABASE < FILE (or mysql)
-- Hazards: none
-- MySQL and MariaDB commit each schema change on its own: if a statement fails, the ones before it stay applied.

DROP INDEX `nach größe` ON `Kunden ``x```;

DROP INDEX `nach order` ON `Kunden ``x```;

CREATE TABLE `events` (
    `id` bigint(20) NOT NULL,
    `t` int(11) NOT NULL,
    PRIMARY KEY (`id`, `t`)
) ENGINE=InnoDB DEFAULT COLLATE=utf8mb4_general_ci
PARTITION BY LINEAR HASH (`t`);

ALTER TABLE `cache` PARTITION BY HASH (`id`) PARTITIONS 4;

CREATE INDEX `nach größe` ON `Kunden ``x``` (`größe`) USING BTREE;

CREATE INDEX `nach order` ON `Kunden ``x``` (`order`);
