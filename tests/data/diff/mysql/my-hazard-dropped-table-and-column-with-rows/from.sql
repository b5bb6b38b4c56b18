-- A table holding 5 rows (audit_log, with a foreign key to users) and a column holding values (users.legacy_code)
-- are dropped: the forward script succeeds with high data-loss hazards and live figures in its header, and the
-- rollback recreates both marked IRREVERSIBLE.
CREATE TABLE users (
    id int NOT NULL,
    name varchar(100) NOT NULL,
    legacy_code varchar(12) NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_log (
    id bigint NOT NULL AUTO_INCREMENT,
    user_id int NULL,
    action varchar(50) NOT NULL,
    PRIMARY KEY (id),
    KEY audit_log_user_id (user_id),
    CONSTRAINT audit_log_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO users (id, name, legacy_code) VALUES (1, 'Ada', 'L-001'), (2, 'Grace', 'L-002'), (3, 'Linus', NULL);
INSERT INTO audit_log (user_id, action) VALUES (1, 'login'), (1, 'logout'), (2, 'login'), (3, 'login'), (NULL, 'cron');
