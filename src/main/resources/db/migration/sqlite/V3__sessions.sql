-- Every token names a session kept here, and a token whose session is not here is refused: a token from
-- another database (emptied, replaced, or restored from a backup taken before the login) speaks for nobody,
-- and logging out deletes the row.
-- The list of revoked tokens goes: tokens issued before this version carry no session and are all refused.
DROP TABLE revoked_tokens;

CREATE TABLE sessions (
    id           TEXT    PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    user_agent   TEXT    CHECK (length(user_agent) <= 256),
    address      TEXT    CHECK (length(address) <= 64)
);
-- A user's sessions, newest first (the account-security page lists them).
CREATE INDEX sessions_user_idx ON sessions (user_id, created_at);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);
