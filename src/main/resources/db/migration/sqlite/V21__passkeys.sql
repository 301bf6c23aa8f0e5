-- Passkeys (WebAuthn credentials) a user signs in with. credential_id is the credential's id in base64url,
-- as the browser sends it; public_key is the credential's COSE public key in base64 (no BLOBs on SQLite).
-- sign_count is the authenticator's signature counter: an assertion with a count that does not go up (when
-- the counter is in use) comes from a copy of the key and is refused. transports is comma-separated.
CREATE TABLE passkeys (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    credential_id TEXT    NOT NULL,
    public_key    TEXT    NOT NULL,
    sign_count    INTEGER NOT NULL,
    name          TEXT    NOT NULL,
    transports    TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER
);
CREATE UNIQUE INDEX passkeys_credential_uq ON passkeys (credential_id);
CREATE INDEX passkeys_user_ix ON passkeys (user_id, id);

-- Challenges are signed values the server keeps nothing of until one is answered: a challenge answered
-- successfully is recorded here (its SHA-256, hex) until it expires, so that it is accepted only once.
-- user_id is whose passkey answered it, so that it leaves with the user.
CREATE TABLE passkey_challenges_used (
    challenge_hash TEXT    NOT NULL PRIMARY KEY,
    user_id        INTEGER NOT NULL,
    expires_at     INTEGER NOT NULL
);
CREATE INDEX passkey_challenges_used_expiry_ix ON passkey_challenges_used (expires_at);
