-- Each user's security events (app.ledger.audit), hash-chained per user: seq counts 1, 2, 3… and each event's
-- hash covers its content and the hash before it. Times are microseconds since the epoch.
CREATE TABLE audit_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    kind        TEXT    NOT NULL,
    occurred_at INTEGER NOT NULL,
    address     TEXT    CHECK (length(address) <= 64),
    user_agent  TEXT    CHECK (length(user_agent) <= 256),
    detail      TEXT    CHECK (length(detail) <= 256),
    prev_hash   TEXT    NOT NULL,
    hash        TEXT    NOT NULL
);
-- One event per place in a user's chain: two racing appends cannot both take it. Also the newest-first list.
CREATE UNIQUE INDEX audit_events_user_seq_uq ON audit_events (user_id, seq);
CREATE INDEX audit_events_occurred_idx ON audit_events (occurred_at);

-- Where each user's chain ends (so that events removed from its end are noticed) and where what is kept
-- begins: events older than the retention are removed from the start, and pruned_seq/pruned_hash keep the
-- place and hash of the last one removed, which the first kept event links to (0 and the genesis hash before
-- any was removed).
CREATE TABLE audit_chains (
    user_id     INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    head_seq    INTEGER NOT NULL,
    head_hash   TEXT    NOT NULL,
    pruned_seq  INTEGER NOT NULL,
    pruned_hash TEXT    NOT NULL
);
