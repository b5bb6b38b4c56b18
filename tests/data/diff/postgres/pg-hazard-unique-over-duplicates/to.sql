CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email varchar(255) NOT NULL,
    CONSTRAINT accounts_email_key UNIQUE (email)
);
