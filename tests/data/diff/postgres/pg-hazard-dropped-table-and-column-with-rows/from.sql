-- A table holding 5 rows (audit_log) and a column holding values (users.legacy_code) are dropped: the forward
-- script succeeds with high data-loss hazards and live figures in its header, and the rollback recreates both
-- marked IRREVERSIBLE (the structure comes back, the rows do not).
CREATE TABLE users (
    id integer PRIMARY KEY,
    name text NOT NULL,
    legacy_code varchar(12)
);

CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id integer REFERENCES users (id),
    action text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO users (id, name, legacy_code) VALUES (1, 'Ada', 'L-001'), (2, 'Grace', 'L-002'), (3, 'Linus', NULL);
INSERT INTO audit_log (user_id, action) VALUES (1, 'login'), (1, 'logout'), (2, 'login'), (3, 'login'), (NULL, 'cron');
