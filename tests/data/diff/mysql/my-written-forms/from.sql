-- What only SHOW CREATE TABLE tells: an index whose CREATE said USING BTREE
-- (information_schema says BTREE either way), and partitions the server
-- named itself (PARTITIONS 4) rather than a list. Both are kept as written.
CREATE TABLE `Kunden ``x``` (
  `id` int NOT NULL,
  `größe` int,
  `order` int,
  PRIMARY KEY (`id`),
  KEY `nach größe` (`größe`),
  KEY `nach order` (`order`) USING BTREE
);
CREATE TABLE `cache` (
  `id` bigint NOT NULL,
  `k` varchar(20) NOT NULL,
  PRIMARY KEY (`id`, `k`)
) PARTITION BY HASH (`id`) (PARTITION p0, PARTITION p1);
INSERT INTO `Kunden ``x``` VALUES (1, 2, 3);
