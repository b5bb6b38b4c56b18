-- Every kind of object SQLite has, with names that break naive quoting.
-- tst_sqliteintrospector compares what Parity reads back, field by field.

-- A Prisma-style table: mixed-case names, a named table-level UNIQUE, a
-- collation on an index that differs from the column's.
CREATE TABLE "RevenueConnection" (
    "id" TEXT PRIMARY KEY,
    "businessId" TEXT NOT NULL,
    "sourceType" TEXT NOT NULL CHECK ("sourceType" IN ('BANK_FEED', 'ACCOUNTING', 'MANUAL_UPLOAD')),
    "status" TEXT DEFAULT 'PENDING',
    "errorCount" INTEGER DEFAULT 0,
    "createdAt" TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RevenueConnection_businessId_sourceType_key" UNIQUE ("businessId", "sourceType")
);
CREATE INDEX "RevenueConnection_status_idx" ON "RevenueConnection" ("status" COLLATE NOCASE);

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email VARCHAR(255) NOT NULL COLLATE NOCASE UNIQUE,
    "display name" TEXT,
    balance DECIMAL( 15 , 2 ) NOT NULL DEFAULT '0.00',
    "select" INT, -- a reserved word; this comment has an unbalanced ( and a ' quote
    "größe" REAL DEFAULT -1.5,
    "日本" TEXT COLLATE RTRIM,
    [quote"d] TEXT,
    balance_cents INTEGER GENERATED ALWAYS AS (CAST(balance * 100 AS INTEGER)) STORED,
    email_domain TEXT AS (substr(email, instr(email, '@') + 1)) VIRTUAL,
    note TEXT CONSTRAINT note_not_tricky CHECK (note <> 'it''s (not) closed)'),
    /* a block comment, with , and ) */
    CHECK (balance >= 0)
);
CREATE INDEX accounts_balance_desc ON accounts (balance DESC, "display name");
CREATE INDEX accounts_lower_name ON accounts (lower("display name") COLLATE NOCASE, "größe");

CREATE TABLE "order" (
    "order id" INTEGER NOT NULL,
    line INTEGER NOT NULL,
    account_id INTEGER REFERENCES accounts ON DELETE SET NULL,
    amount NUMERIC(10,2) CHECK (amount > 0),
    memo TEXT,
    PRIMARY KEY ("order id", line)
) WITHOUT ROWID;

CREATE TABLE "order ""items""" (
    item_id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL,
    order_line INTEGER NOT NULL,
    sku TEXT NOT NULL COLLATE NOCASE,
    qty INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT items_order_fk FOREIGN KEY (order_id, order_line)
        REFERENCES "order" ("order id", LINE)
        ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT qty_positive CHECK (qty > 0 AND sku <> ')'),
    CHECK (length(sku) /* ) */ > 0)
) STRICT;
CREATE UNIQUE INDEX items_open_sku ON "order ""items""" (sku) WHERE qty > 0;

CREATE VIEW "account summary" ("account", "open items") AS
SELECT a.email, count(i.item_id)
FROM accounts AS a
LEFT JOIN "order" AS o ON o.account_id = a.id
LEFT JOIN "order ""items""" AS i ON i.order_id = o."order id"
GROUP BY a.email;

CREATE TRIGGER accounts_no_overdraft AFTER UPDATE OF balance ON accounts
FOR EACH ROW WHEN new.balance < 0
BEGIN
    SELECT RAISE(ABORT, 'balance below zero');
END;

CREATE TRIGGER "order_cascade" BEFORE DELETE ON "order"
BEGIN
    DELETE FROM "order ""items""" WHERE order_id = old."order id";
END;

CREATE TRIGGER summary_insert INSTEAD OF INSERT ON "account summary"
BEGIN
    INSERT INTO accounts (email) VALUES (new."account");
END;

INSERT INTO "RevenueConnection" ("id", "businessId", "sourceType") VALUES
    ('rc_1', 'biz_1', 'BANK_FEED');
INSERT INTO accounts (email, "display name", balance, "größe", "日本") VALUES
    ('a@example.com', 'Alice', '10.50', 1.0, 'x'),
    ('b@example.com', 'Bob', '0', NULL, NULL),
    ('c@example.org', NULL, '99', 2.5, 'y');
INSERT INTO "order" ("order id", line, account_id, amount) VALUES
    (1, 1, 1, 5), (1, 2, 1, 7.5);
INSERT INTO "order ""items""" (order_id, order_line, sku, qty) VALUES
    (1, 1, 'SKU-1', 1), (1, 1, 'SKU-2', 3), (1, 2, 'SKU-3', 2), (1, 2, 'sku-4', 1);

ANALYZE;
