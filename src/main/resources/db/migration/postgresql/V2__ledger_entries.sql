-- The ledger: entries chained by hash per account, and idempotency records for write requests.

ALTER TABLE accounts ADD COLUMN entry_count BIGINT  NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN last_hash TEXT NOT NULL
    DEFAULT '0000000000000000000000000000000000000000000000000000000000000000';

CREATE TABLE entries (
    id                     BIGINT PRIMARY KEY,
    account_id             BIGINT  NOT NULL REFERENCES accounts (id),
    user_id                BIGINT  NOT NULL REFERENCES users (id),
    seq                    BIGINT  NOT NULL CHECK (seq > 0),
    type                   TEXT    NOT NULL CHECK (type IN ('deposit', 'withdrawal', 'transfer_in', 'transfer_out')),
    amount_minor           BIGINT  NOT NULL CHECK (amount_minor > 0),
    balance_after_minor    BIGINT  NOT NULL CHECK (balance_after_minor >= 0),
    description            TEXT,
    category               TEXT,
    created_at             BIGINT  NOT NULL,
    idempotency_key        TEXT,
    transfer_id            TEXT,
    counterpart_account_id BIGINT,
    prev_hash              TEXT    NOT NULL,
    hash                   TEXT    NOT NULL
);
-- Keyset pagination of an account's history walks this index backwards from the cursor.
CREATE UNIQUE INDEX entries_account_seq_uq ON entries (account_id, seq);
-- Replay of a user's entries after a position (live updates).
CREATE INDEX entries_user_id_idx ON entries (user_id, id);

-- Entry ids are taken from this counter a block per transaction, so that a batch of entries goes out as
-- one batched insert. The counter row stays locked until commit, so ids grow in commit order.
CREATE TABLE entry_ids (id INTEGER PRIMARY KEY CHECK (id = 1), next_val BIGINT NOT NULL);
INSERT INTO entry_ids (id, next_val) VALUES (1, 1);

CREATE TABLE idempotency_records (
    user_id      BIGINT  NOT NULL REFERENCES users (id),
    idem_key     TEXT    NOT NULL,
    request_hash TEXT    NOT NULL,
    status       INTEGER NOT NULL,
    body         TEXT    NOT NULL,
    created_at   BIGINT  NOT NULL,
    PRIMARY KEY (user_id, idem_key)
);
CREATE INDEX idempotency_records_created_idx ON idempotency_records (created_at);
