-- A user's TOTP second factor (RFC 6238). The secret is stored encrypted (AES-GCM, see
-- app.ledger.auth.totp.TotpSecretBox). It is pending until the user confirms it with a code (enabled_at set).
-- last_used_step is the time step of the last code accepted: a code of that step or an earlier one is refused.
CREATE TABLE totp_credentials (
    user_id        INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret         TEXT    NOT NULL,
    created_at     INTEGER NOT NULL,
    enabled_at     INTEGER,
    last_used_step INTEGER NOT NULL DEFAULT 0
);

-- Single-use recovery codes, given once when the second factor is turned on; stored as SHA-256 of the code.
CREATE TABLE recovery_codes (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT    NOT NULL,
    used_at   INTEGER
);
CREATE UNIQUE INDEX recovery_codes_user_code_uq ON recovery_codes (user_id, code_hash);
