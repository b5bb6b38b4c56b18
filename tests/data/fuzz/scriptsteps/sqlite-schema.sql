/* The demo's wallet, by hand */
CREATE TABLE wallet_transactions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    [wallet id] INTEGER NOT NULL, -- brackets quote names in SQLite
    `kind` TEXT NOT NULL,
    memo TEXT COLLATE NOCASE
);
CREATE INDEX wallet_by_id ON wallet_transactions ([wallet id]) WHERE kind <> 'void';
CREATE VIEW totals AS SELECT [wallet id], count(*) AS n FROM wallet_transactions GROUP BY 1;
SAVEPOINT s1; ROLLBACK TO s1; RELEASE s1;
