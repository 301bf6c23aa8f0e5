-- Entries that record real life: the day the money moved, a category, payee, tags and notes, reversals, and
-- a trail of metadata changes.
--
-- occurred_on: the calendar day the money moved, as chosen by the user (days since 1970-01-01). Entries from
-- before this version moved on the day they were recorded, in UTC. The default only serves this ALTER
-- (SQLite needs one for a NOT NULL column); the application always writes the day.
ALTER TABLE entries ADD COLUMN occurred_on INTEGER NOT NULL DEFAULT 0;

-- Which formula chains the entry (app.ledger.journal.integrity.EntryHash). Version 1, the entries written
-- so far, hashes the description and the free-text category; version 2 hashes only the money and its
-- links, so that metadata may be changed in place without breaking the chain.
ALTER TABLE entries ADD COLUMN hash_version INTEGER NOT NULL DEFAULT 1;

-- For version 1 entries the description and category stay exactly as they were hashed, in columns of their
-- own that never change: the description the user sees (and may now edit) is the description column, and
-- categories become rows of the categories table (category_id, filled by the next migration, V9_1).
ALTER TABLE entries RENAME COLUMN category TO v1_category;
ALTER TABLE entries ADD COLUMN v1_description TEXT;

ALTER TABLE entries ADD COLUMN category_id INTEGER REFERENCES categories (id);
ALTER TABLE entries ADD COLUMN payee TEXT;
-- a JSON array of strings, null when there are none
ALTER TABLE entries ADD COLUMN tags TEXT;
ALTER TABLE entries ADD COLUMN notes TEXT;
-- A reversal names the entry it cancels (part of its hash); the cancelled entry names its reversal, set
-- when that is appended (not hashed: the reversal's own link proves it). At most one reversal per entry.
ALTER TABLE entries ADD COLUMN reversal_of INTEGER REFERENCES entries (id);
ALTER TABLE entries ADD COLUMN reversed_by INTEGER REFERENCES entries (id);

UPDATE entries SET occurred_on = created_at / 86400000000, v1_description = description;

-- History by the day the money moved walks this index (account, day, then recording order).
CREATE INDEX entries_account_occurred_idx ON entries (account_id, occurred_on, seq);
CREATE UNIQUE INDEX entries_reversal_of_uq ON entries (reversal_of);
-- Reversing one leg of a transfer finds the other by the transfer's id.
CREATE INDEX entries_transfer_idx ON entries (transfer_id) WHERE transfer_id IS NOT NULL;

-- Every change of an entry's metadata: who, when, which field, the value before and after (JSON). One
-- PATCH is one edit, whose id is taken from entry_ids like an entry's, so that it has a position in the
-- live stream in commit order.
CREATE TABLE entry_changes (
    edit_id    INTEGER NOT NULL,
    field      TEXT    NOT NULL,
    entry_id   INTEGER NOT NULL REFERENCES entries (id),
    -- the entry's owner, whose live streams get the edit
    user_id    INTEGER NOT NULL REFERENCES users (id),
    changed_by INTEGER NOT NULL REFERENCES users (id),
    changed_at INTEGER NOT NULL,
    old_value  TEXT,
    new_value  TEXT,
    PRIMARY KEY (edit_id, field)
);
CREATE INDEX entry_changes_entry_idx ON entry_changes (entry_id, edit_id);
-- Replay of a user's edits after a position (live updates).
CREATE INDEX entry_changes_user_idx ON entry_changes (user_id, edit_id);
