-- Hostile identifiers (backquotes, spaces, reserved words, unicode) in tables, columns, keys, constraints, ENUM
-- labels (a quote, a double quote, a backslash) and views: every name must be quoted with doubled backquotes and
-- every label and default escaped for MariaDB's string syntax, or the scripts fail or change the wrong thing.
CREATE TABLE `select` (
    `id` int NOT NULL,
    `from` varchar(100) NOT NULL,
    `User Name` varchar(40) NULL,
    `quote``d` int NULL DEFAULT 0,
    `mood` enum('happy','it''s fine','so "so"','C:\\temp') NOT NULL DEFAULT 'it''s fine',
    `drop me; now` text NULL,
    PRIMARY KEY (`id`),
    KEY `idx on ``from``` (`from`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Ünïcødé täble` (
    `ключ` int NOT NULL,
    `select_id` int NULL,
    `naïve column` varchar(50) NULL,
    PRIMARY KEY (`ключ`),
    KEY `select_id` (`select_id`),
    CONSTRAINT `fk to select` FOREIGN KEY (`select_id`) REFERENCES `select` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO `select` (`id`, `from`, `User Name`, `quote``d`, `mood`, `drop me; now`) VALUES
    (1, 'O''Brien', 'Seán', 1, 'happy', 'x'),
    (2, 'a "quoted" value', NULL, 2, 'so "so"', NULL),
    (3, 'back\\slash', 'Zoë', 3, 'C:\\temp', 'y');
INSERT INTO `Ünïcødé täble` (`ключ`, `select_id`, `naïve column`) VALUES (10, 1, 'café'), (20, 3, 'naïve');

CREATE VIEW `view of ``select``` AS SELECT `id`, `from`, `mood` FROM `select`;
