-- Monthly budgets (app.ledger.budget): a limit on what a user spends in one of their expense categories (and
-- its sub-categories) in one currency, per calendar month. One budget per user, category and currency.
-- amount_minor is in the currency's minor units; created_at is microseconds since the epoch.
CREATE TABLE budgets (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    category_id  INTEGER NOT NULL REFERENCES categories (id),
    currency     TEXT    NOT NULL CHECK (length(currency) = 3),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    period       TEXT    NOT NULL CHECK (period = 'month'),
    created_at   INTEGER NOT NULL,
    UNIQUE (user_id, category_id, currency)
);
-- What the ledger writer looks up for the categories a batch spent in.
CREATE INDEX budgets_category_idx ON budgets (category_id);
