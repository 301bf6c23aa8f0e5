-- The payees each user has written, for suggestions: one row per name regardless of case (folded by the
-- application, app.ledger.journal.SearchText, alike on both databases), spelled as its most recent use.
-- uses counts the user's entries that carry the name (reversals are not counted); last_occurred_on is the
-- latest day of those entries (days since 1970-01-01). Kept by the ledger writer in the transaction of
-- every write; filled for the entries written so far by the next migration (V11_2).
CREATE TABLE payees (
    user_id          INTEGER NOT NULL REFERENCES users (id),
    folded           TEXT    NOT NULL,
    name             TEXT    NOT NULL,
    uses             INTEGER NOT NULL,
    last_occurred_on INTEGER NOT NULL,
    PRIMARY KEY (user_id, folded)
) WITHOUT ROWID;
-- Suggestions without a text: the most used first.
CREATE INDEX payees_most_used_idx ON payees (user_id, uses DESC, last_occurred_on DESC, folded);
