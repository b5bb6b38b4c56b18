-- Fixture for tst_mysqlintrospector: one of every object kind the MySQL
-- introspector reads, with identifiers and labels chosen to break naive
-- quoting. Run by the `mariadb` client into an empty scratch database.
SET NAMES utf8mb4;
ALTER DATABASE COMMENT = 'Parity fixture';

CREATE TABLE customers (
    id INT UNSIGNED NOT NULL AUTO_INCREMENT,
    email VARCHAR(255) NOT NULL COMMENT 'login, unique',
    name VARCHAR(100) COLLATE utf8mb4_bin NOT NULL DEFAULT 'it''s new',
    status ENUM('active', 'it''s "odd"', 'a,b', '') NOT NULL DEFAULT 'active',
    perms SET('read', 'write', 'x''y (z)') DEFAULT NULL,
    is_vip TINYINT(1) NOT NULL DEFAULT 0,
    score INT(11) DEFAULT -5,
    balance DECIMAL(10,2) NOT NULL DEFAULT 0.00,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME(3) NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP(3),
    nickname VARCHAR(20) NULL,
    token CHAR(36) NOT NULL DEFAULT (uuid()),
    literal_null VARCHAR(10) DEFAULT 'NULL',
    bio TEXT,
    email_domain VARCHAR(255) AS (substring_index(email, '@', -1)) VIRTUAL,
    name_upper VARCHAR(100) AS (upper(name)) STORED COMMENT 'generated',
    PRIMARY KEY (id),
    UNIQUE KEY uq_customers_email (email),
    KEY ix_customers_name_prefix (name(10)),
    KEY ix_customers_created_desc (created_at DESC, id),
    FULLTEXT KEY ft_customers_bio (bio) COMMENT 'search',
    CONSTRAINT ck_customers_balance CHECK (balance >= -100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC
  COMMENT='People who buy things';

CREATE TABLE `RevenueConnection` (
    `Region Code` CHAR(2) NOT NULL,
    `order` INT NOT NULL,
    `select` VARCHAR(10) NOT NULL DEFAULT 'x',
    `we``ird` INT NULL,
    `it's "q"` INT NULL,
    `größe` DECIMAL(5,1) NOT NULL DEFAULT 1.5,
    customer_id INT UNSIGNED NULL,
    internal_note VARCHAR(20) NULL INVISIBLE,
    PRIMARY KEY (`Region Code`, `order`),
    CONSTRAINT `fk_revenue_customer` FOREIGN KEY (customer_id) REFERENCES customers (id)
        ON DELETE SET NULL ON UPDATE CASCADE,
    CHECK (`größe` > 0)
) ENGINE=InnoDB COMMENT='mixed case, spaces, backticks';

CREATE TABLE `order lines` (
    line_id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    region CHAR(2) NOT NULL,
    order_no INT NOT NULL,
    quantity SMALLINT NOT NULL DEFAULT 1 CHECK (quantity > 0),
    KEY ix_lines_qty (quantity),
    CONSTRAINT `fk lines ``revenue``` FOREIGN KEY (region, order_no)
        REFERENCES `RevenueConnection` (`Region Code`, `order`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE measurements (
    id INT NOT NULL,
    taken DATE NOT NULL,
    value DOUBLE NOT NULL,
    PRIMARY KEY (id, taken)
) ENGINE=InnoDB
PARTITION BY RANGE (year(taken)) (
    PARTITION p2023 VALUES LESS THAN (2024),
    PARTITION p2024 VALUES LESS THAN (2025),
    PARTITION pmax VALUES LESS THAN MAXVALUE
);

CREATE TABLE plain_myisam (
    code VARCHAR(10) NOT NULL,
    label VARCHAR(50) NULL,
    UNIQUE KEY uq_code_label (code, label),
    KEY ix_hash_label (label) USING HASH
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `tick``tock "q"` (
    `größe` INT NOT NULL,
    note VARCHAR(20) CHARACTER SET latin1 COLLATE latin1_german1_ci NULL
) ENGINE=InnoDB;

CREATE SEQUENCE invoice_numbers START WITH 1000 INCREMENT BY 5 MINVALUE 1000 MAXVALUE 999999 CACHE 20 CYCLE;

CREATE VIEW active_customers AS
    SELECT id, email, `status` FROM customers WHERE status = 'active'
    WITH CASCADED CHECK OPTION;

CREATE VIEW `big spenders` AS
    SELECT c.id AS `customer id`, c.balance FROM customers c WHERE c.balance > 1000;

CREATE VIEW `local view` AS
    SELECT id FROM active_customers WHERE id > 1
    WITH LOCAL CHECK OPTION;

DELIMITER $$

CREATE FUNCTION customer_label(p_id INT UNSIGNED, p_prefix VARCHAR(10) CHARACTER SET latin1 COLLATE latin1_bin)
RETURNS VARCHAR(200) CHARSET utf8mb4
DETERMINISTIC
READS SQL DATA
COMMENT 'label for a customer'
BEGIN
    DECLARE v VARCHAR(200);
    SELECT concat(p_prefix, ': ', name) INTO v FROM customers WHERE id = p_id;
    RETURN v;
END$$

CREATE PROCEDURE bump_score(IN p_id INT UNSIGNED, INOUT p_delta INT, OUT p_new INT)
MODIFIES SQL DATA
BEGIN
    UPDATE customers SET score = score + p_delta WHERE id = p_id;
    SELECT score INTO p_new FROM customers WHERE id = p_id;
END$$

CREATE TRIGGER customers_before_update BEFORE UPDATE ON customers
FOR EACH ROW
BEGIN
    IF NEW.score < -100 THEN
        SET NEW.score = -100;
    END IF;
END$$

CREATE TRIGGER customers_before_update_2 BEFORE UPDATE ON customers
FOR EACH ROW FOLLOWS customers_before_update
SET NEW.nickname = lower(NEW.nickname)$$

CREATE DEFINER=CURRENT_USER TRIGGER `lines after insert` after insert ON `order lines`
FOR EACH ROW SET @last_line = NEW.line_id$$

DELIMITER ;

INSERT INTO customers (email, name, status, perms, bio, balance)
VALUES ('a@example.com', 'Ann', 'active', 'read,write', 'likes tea', 10.00),
       ('b@example.com', 'Bob', 'a,b', 'x''y (z)', 'likes coffee', 2000.00),
       ('c@example.com', 'Cy', '', NULL, NULL, 0);
INSERT INTO `RevenueConnection` (`Region Code`, `order`, customer_id) VALUES ('EU', 1, 1), ('US', 2, 2);
INSERT INTO `order lines` (region, order_no, quantity) VALUES ('EU', 1, 3), ('EU', 1, 1), ('US', 2, 7);
INSERT INTO measurements VALUES (1, '2023-05-01', 1.5), (2, '2024-06-01', 2.5), (3, '2030-01-01', 3.5);
INSERT INTO plain_myisam VALUES ('a', 'x'), ('b', NULL);
INSERT INTO `tick``tock "q"` VALUES (1, 'eins'), (2, NULL), (3, 'drei'), (4, NULL);
ANALYZE TABLE customers, `RevenueConnection`, `order lines`, measurements, plain_myisam, `tick``tock "q"`;
