-- History in the order of the day the money moved, with a running balance in that order, and search across
-- accounts.
--
-- The running balance of an entry in day order is what its account held at the end of the days before its
-- day, plus the entries of its own day up to it. The second part never changes once the entry is written: a
-- new entry always has the highest seq of its account, so it is the last of its day. The first part is the
-- account's balance less the net of every later day, read from the totals below; a backdated entry only
-- adds to the total of its own day (and of its block of 32 days), whatever its depth.
ALTER TABLE entries ADD COLUMN day_running_minor INTEGER NOT NULL DEFAULT 0;

-- Net change of an account on one day (deposits and incoming transfers less the rest), kept by the writer.
CREATE TABLE account_day_totals (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    day        INTEGER NOT NULL,
    net_minor  INTEGER NOT NULL,
    PRIMARY KEY (account_id, day)
) WITHOUT ROWID;

-- The same per block of 32 days (block = day >> 5), so that the net of all days after a page is a sum of at
-- most 31 days and one row per 32 days, rather than one row per day.
CREATE TABLE account_block_totals (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    block      INTEGER NOT NULL,
    net_minor  INTEGER NOT NULL,
    PRIMARY KEY (account_id, block)
) WITHOUT ROWID;

-- Search across a user's accounts walks the user's entries newest day first (then recording order) ...
CREATE INDEX entries_user_occurred_idx ON entries (user_id, occurred_on, id);
-- ... or finds the entries of the categories whose names match.
CREATE INDEX entries_category_idx ON entries (category_id, occurred_on, id) WHERE category_id IS NOT NULL;
