CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    CONSTRAINT accounts_email_key UNIQUE (email)
);
