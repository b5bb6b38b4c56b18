-- Extra objects for tst_mysqlsqlgenerator's round trip, beyond the
-- introspection fixture: the corners of the generator (hostile names in
-- every position, backslashes and emoji in comments and defaults, sequences
-- with implicit bounds, other partitioning methods, MEMORY hash indexes, a
-- self-referencing key whose index has its own name, a key whose index has
-- the constraint's name but more columns). Loaded by `mariadb`.
-- MariaDB keeps names, comments and view text in utf8mb3, so an emoji there
-- would be read back as "?" from both databases and prove nothing; these
-- use characters utf8mb3 holds (the quoting test covers emoji in data).
SET NAMES utf8mb4;
ALTER DATABASE COMMENT = 'back\\slash, it''s ✓';

CREATE TABLE `select` (
    `from` INT NOT NULL AUTO_INCREMENT,
    `parent ``id``` INT NULL,
    `päth\\x` VARCHAR(40) NOT NULL DEFAULT 'C:\\dir\\it''s' COMMENT 'a \\ b ''c'' ✓',
    sum3 INT DEFAULT (1 + 2),
    sum3b INT DEFAULT ((1) + (2)),
    joined VARCHAR(10) DEFAULT (concat('a', 'b')),
    word VARCHAR(10) DEFAULT 'it''s \\ "q"',
    tag VARCHAR(10) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT 'x',
    bits BIT(3) DEFAULT b'101',
    made DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    price DECIMAL(8,2) UNSIGNED ZEROFILL NULL,
    doc JSON NULL,
    `gen ``low``` VARCHAR(10) COLLATE latin1_bin AS (lower(tag)) VIRTUAL INVISIBLE COMMENT 'g',
    PRIMARY KEY (`from`),
    KEY `by parent` (`parent ``id```),
    CONSTRAINT `self ``ref``` FOREIGN KEY (`parent ``id```) REFERENCES `select` (`from`)
        ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT `ck ``päth```  CHECK (`päth\\x` <> '\\'),
    CONSTRAINT doc_json CHECK (json_valid(doc))
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_general_ci STATS_PERSISTENT=0
  COMMENT='the ''select'' table \\ ✓';

CREATE TABLE no_key (
    a INT NULL,
    b VARCHAR(5) NULL,
    UNIQUE KEY `u a b` (a, b DESC)
) ENGINE=MEMORY;

CREATE TABLE wide_key (
    a INT NOT NULL,
    b INT NOT NULL,
    KEY `fk wide` (a, b),
    CONSTRAINT `fk wide` FOREIGN KEY (a) REFERENCES `select` (`from`)
) ENGINE=InnoDB;

CREATE INDEX `hash on b` USING HASH ON no_key (b) COMMENT 'back\\slash';

CREATE TABLE listed (
    id INT NOT NULL,
    region INT NOT NULL,
    PRIMARY KEY (id, region)
) ENGINE=InnoDB
PARTITION BY LIST (region) (
    PARTITION `north ``n``` VALUES IN (1, 2) COMMENT 'it''s north',
    PARTITION south VALUES IN (3)
);

CREATE TABLE hashed (
    id INT NOT NULL,
    made DATE NOT NULL,
    PRIMARY KEY (id, made)
) ENGINE=InnoDB
PARTITION BY RANGE (year(made)) SUBPARTITION BY HASH (to_days(made)) (
    PARTITION p0 VALUES LESS THAN (2000) (SUBPARTITION s0, SUBPARTITION s1),
    PARTITION p1 VALUES LESS THAN MAXVALUE (SUBPARTITION s2, SUBPARTITION s3)
);

CREATE TABLE keyed (
    id INT NOT NULL PRIMARY KEY
) ENGINE=InnoDB PARTITION BY KEY (id) PARTITIONS 3;

CREATE SEQUENCE `seq ``plain```;
CREATE SEQUENCE seq_down START WITH -1 INCREMENT BY -1 MINVALUE -1000 MAXVALUE -1 NOCACHE;

CREATE VIEW `v ``x``` AS SELECT `from`, 'it''s; \\ ✓' AS `lit ``1``` FROM `select` WITH CHECK OPTION;

DELIMITER //
CREATE PROCEDURE `proc ``q```(IN `in ``1``` VARCHAR(10))
    SQL SECURITY INVOKER
    COMMENT 'semi; colon \\ and it''s'
BEGIN
    SELECT concat(`in ``1```, ';', '$$') AS x;
END//

CREATE FUNCTION plain_sql(a INT) RETURNS INT
    NO SQL
    RETURN a * 2//

CREATE TRIGGER `trg ``q``` BEFORE INSERT ON `select`
FOR EACH ROW SET NEW.`päth\\x` = concat(NEW.`päth\\x`, ';')//
DELIMITER ;
