CREATE TABLE `select` (
    `id` int NOT NULL,
    `from` varchar(100) NOT NULL,
    `order` varchar(20) NULL DEFAULT 'it''s \\ "new"',
    `User Name` varchar(80) NULL,
    `quote``d` int NULL DEFAULT 0,
    `mood` enum('happy','très bien','it''s fine','so "so"','C:\\temp','don''t ask') NOT NULL DEFAULT 'it''s fine',
    PRIMARY KEY (`id`),
    UNIQUE KEY `uq select.from` (`from`),
    CONSTRAINT `chk ``quote``d`` >= 0` CHECK (`quote``d` >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Ünïcødé täble` (
    `ключ` int NOT NULL,
    `select_id` int NULL,
    `naïve column` varchar(50) NULL,
    PRIMARY KEY (`ключ`),
    KEY `select_id` (`select_id`),
    KEY `ïdx naïve` (`naïve column`),
    CONSTRAINT `fk to select` FOREIGN KEY (`select_id`) REFERENCES `select` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `group` (
    `user` int NOT NULL,
    `Select` text NULL,
    KEY `user` (`user`),
    CONSTRAINT `fk; DROP TABLE ``select``; --` FOREIGN KEY (`user`) REFERENCES `select` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE VIEW `view of ``select``` AS SELECT `id`, `from`, `mood`, `order` FROM `select`;

CREATE VIEW `Ünïcødé view` AS
    SELECT v.`id`, v.`from`, u.`naïve column`
    FROM `view of ``select``` v JOIN `Ünïcødé täble` u ON u.`select_id` = v.`id`;
