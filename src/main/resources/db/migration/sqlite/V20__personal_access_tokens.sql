-- Personal access tokens for scripts. The token itself is shown once when it is created and stored only as
-- the SHA-256 of its text (token_hash, hex). scopes is "read" or "read,write". expires_at is null for a token
-- that does not expire. last_used_at is written at most once a minute per token.
CREATE TABLE personal_tokens (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    token_hash   TEXT    NOT NULL,
    scopes       TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER,
    last_used_at INTEGER
);
CREATE UNIQUE INDEX personal_tokens_hash_uq ON personal_tokens (token_hash);
CREATE INDEX personal_tokens_user_ix ON personal_tokens (user_id, id);
