-- Column-level CHECKs are part of their column in MariaDB: written there, named after it, shown by SHOW CREATE
-- TABLE on the column, and not reachable with DROP CONSTRAINT. Adding, changing and removing one restates the
-- column (MODIFY COLUMN); a JSON column brings its own json_valid CHECK along.
CREATE TABLE `orders` (
    `id` int NOT NULL PRIMARY KEY,
    `status` varchar(20) NOT NULL DEFAULT 'new' CHECK (`status` in ('new','paid')),
    `Qty "n"` int NOT NULL DEFAULT 1,
    `note` varchar(100) CHECK (`note` <> '')
) ENGINE=InnoDB;

INSERT INTO `orders` VALUES (1, 'new', 2, 'first'), (2, 'paid', 1, NULL);
