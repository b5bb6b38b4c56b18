CREATE TABLE `Kunden ``x``` (
  `id` int NOT NULL,
  `größe` int,
  `order` int,
  PRIMARY KEY (`id`),
  KEY `nach größe` (`größe`) USING BTREE,
  KEY `nach order` (`order`)
);
CREATE TABLE `cache` (
  `id` bigint NOT NULL,
  `k` varchar(20) NOT NULL,
  PRIMARY KEY (`id`, `k`)
) PARTITION BY HASH (`id`) PARTITIONS 4;
CREATE TABLE `events` (
  `id` bigint NOT NULL,
  `t` int NOT NULL,
  PRIMARY KEY (`id`, `t`)
) PARTITION BY LINEAR HASH (`t`);
INSERT INTO `Kunden ``x``` VALUES (1, 2, 3);
