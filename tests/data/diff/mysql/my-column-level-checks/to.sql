CREATE TABLE `orders` (
    `id` int NOT NULL PRIMARY KEY,
    `status` varchar(20) NOT NULL DEFAULT 'new' CHECK (`status` in ('new','paid','shipped')),
    `Qty "n"` int NOT NULL DEFAULT 1 CHECK (`Qty "n"` > 0),
    `note` varchar(100),
    `extra` json
) ENGINE=InnoDB;
