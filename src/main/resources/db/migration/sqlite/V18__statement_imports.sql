-- Statement imports (app.ledger.imports): a bank file read into a preview, committed as one batch of entries,
-- and perhaps undone by reversing them. Days are days since 1970-01-01, times microseconds since the epoch,
-- amounts signed minor units (negative: money out of the account).
CREATE TABLE imports (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id               INTEGER NOT NULL REFERENCES users (id),
    account_id            INTEGER NOT NULL REFERENCES accounts (id),
    file_name             TEXT,
    format                TEXT    NOT NULL,
    status                TEXT    NOT NULL CHECK (status IN ('previewed', 'committed', 'undone')),
    total_rows            INTEGER NOT NULL,
    new_rows              INTEGER NOT NULL,
    duplicate_rows        INTEGER NOT NULL,
    invalid_rows          INTEGER NOT NULL,
    -- entries the commit appended (the opening balance included), 0 before
    imported_rows         INTEGER NOT NULL DEFAULT 0,
    -- the balance the statement states before its first row, when it states one (an opening-balance offer)
    opening_balance_minor INTEGER,
    opening_balance_on    INTEGER,
    -- JSON: the CSV dialect and mapping used, and the parser's notes for the person importing
    options               TEXT,
    notes                 TEXT,
    created_at            INTEGER NOT NULL,
    committed_at          INTEGER,
    undone_at             INTEGER
);
CREATE INDEX imports_user_idx ON imports (user_id, id);

-- The preview: every row of the file in file order, as read and judged before the commit.
CREATE TABLE import_rows (
    import_id          INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    row_no             INTEGER NOT NULL,
    line               INTEGER NOT NULL,
    status             TEXT    NOT NULL CHECK (status IN ('new', 'duplicate', 'invalid')),
    reason             TEXT,
    occurred_on        INTEGER,
    value_on           INTEGER,
    amount_minor       INTEGER,
    currency           TEXT,
    payee              TEXT,
    description        TEXT,
    category           TEXT,
    bank_reference     TEXT,
    duplicate_of_entry INTEGER,
    PRIMARY KEY (import_id, row_no)
) WITHOUT ROWID;

-- Entries an import appended carry its id (undo finds them), and the bank's own id of the row, which tells
-- a later import of an overlapping statement that the row is already in. Neither is part of the hash chain.
ALTER TABLE entries ADD COLUMN import_id INTEGER;
ALTER TABLE entries ADD COLUMN bank_reference TEXT;
CREATE INDEX entries_import_idx ON entries (import_id) WHERE import_id IS NOT NULL;
CREATE INDEX entries_bank_reference_idx ON entries (account_id, bank_reference) WHERE bank_reference IS NOT NULL;

-- CSV column mappings saved by a user under a name, found again by the header of the next file.
CREATE TABLE import_profiles (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id            INTEGER NOT NULL REFERENCES users (id),
    name               TEXT    NOT NULL,
    header_fingerprint TEXT,
    mapping            TEXT    NOT NULL,
    dialect            TEXT,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    UNIQUE (user_id, name)
);
CREATE INDEX import_profiles_header_idx ON import_profiles (user_id, header_fingerprint);
