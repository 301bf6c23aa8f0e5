-- Expense per user, day, account and payee, and per user, day, account and tag, for spending by payee or by
-- tag (app.ledger.report). Kept by the ledger writer in the transaction of every write
-- (app.ledger.journal.spending.LabelTotals) and filled for the entries written so far by the next migration
-- (V16_1: the folding needs Java). The expense is the one of category_day_totals (V14): a withdrawal adds
-- its amount, a deposit that reverses a withdrawal takes it away on its own day; nothing else counts.
-- payee and tag are folded regardless of case as the payees table (V11_1) and the search fold them; the
-- empty text stands for no payee, or no tags, so that the key has no NULL in it. An entry with several tags
-- adds its expense to each of them. name is the payee or tag as written by the last entry added to the row.
-- month is year * 12 + (month - 1) of the day; the month tables hold the same sums per month.
CREATE TABLE payee_day_totals (
    user_id       BIGINT  NOT NULL REFERENCES users (id),
    day           BIGINT  NOT NULL,
    account_id    BIGINT  NOT NULL REFERENCES accounts (id),
    payee         TEXT    NOT NULL,
    month         BIGINT  NOT NULL,
    name          TEXT    NOT NULL,
    expense_minor BIGINT  NOT NULL,
    PRIMARY KEY (user_id, day, account_id, payee)
);

CREATE TABLE payee_month_totals (
    user_id       BIGINT  NOT NULL REFERENCES users (id),
    month         BIGINT  NOT NULL,
    account_id    BIGINT  NOT NULL REFERENCES accounts (id),
    payee         TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    expense_minor BIGINT  NOT NULL,
    PRIMARY KEY (user_id, month, account_id, payee)
);

CREATE TABLE tag_day_totals (
    user_id       BIGINT  NOT NULL REFERENCES users (id),
    day           BIGINT  NOT NULL,
    account_id    BIGINT  NOT NULL REFERENCES accounts (id),
    tag           TEXT    NOT NULL,
    month         BIGINT  NOT NULL,
    name          TEXT    NOT NULL,
    expense_minor BIGINT  NOT NULL,
    PRIMARY KEY (user_id, day, account_id, tag)
);

CREATE TABLE tag_month_totals (
    user_id       BIGINT  NOT NULL REFERENCES users (id),
    month         BIGINT  NOT NULL,
    account_id    BIGINT  NOT NULL REFERENCES accounts (id),
    tag           TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    expense_minor BIGINT  NOT NULL,
    PRIMARY KEY (user_id, month, account_id, tag)
);
