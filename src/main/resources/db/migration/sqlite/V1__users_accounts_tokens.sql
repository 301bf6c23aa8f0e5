-- Users, their accounts and revoked tokens. Money is INTEGER minor units; times are INTEGER epoch microseconds.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT    NOT NULL,
    password_hash TEXT    NOT NULL,
    created_at    INTEGER NOT NULL
);
CREATE UNIQUE INDEX users_username_uq ON users (username COLLATE NOCASE);

CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id       INTEGER NOT NULL REFERENCES users (id),
    name          TEXT    NOT NULL,
    currency      TEXT    NOT NULL CHECK (length(currency) = 3),
    balance_minor INTEGER NOT NULL DEFAULT 0 CHECK (balance_minor >= 0),
    created_at    INTEGER NOT NULL
);
CREATE UNIQUE INDEX accounts_user_name_uq ON accounts (user_id, name COLLATE NOCASE);

CREATE TABLE revoked_tokens (
    jti        TEXT    PRIMARY KEY,
    expires_at INTEGER NOT NULL
);
CREATE INDEX revoked_tokens_expires_idx ON revoked_tokens (expires_at);
