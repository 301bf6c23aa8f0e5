-- Income and expense per user, day, account and category, for the reports (app.ledger.report). Kept by the
-- ledger writer in the transaction of every write (app.ledger.journal.spending) and filled here for the
-- entries written so far. Which entries count, and how (app.ledger.journal.spending.CategoryFlow):
--   a deposit adds to income, a withdrawal to expense; a reversal takes its amount away again, on its own
--   day, from the side of the entry it cancels (a withdrawal that reverses a deposit takes from income, a
--   deposit that reverses a withdrawal takes from expense); transfers are between the user's own accounts
--   and count as neither.
-- category_id 0 stands for "no category" (ids start at 1), so that the key has no NULL in it.
-- month is year * 12 + (month - 1) of the day, so that months and years are grouped without date functions.
-- category_month_totals holds the same sums per month, so that a report over years reads one row per month
-- instead of one per day (the days at the ends of a range that does not start or end with a month are read
-- from category_day_totals).
CREATE TABLE category_day_totals (
    user_id       BIGINT  NOT NULL REFERENCES users (id),
    day           BIGINT  NOT NULL,
    account_id    BIGINT  NOT NULL REFERENCES accounts (id),
    category_id   BIGINT  NOT NULL,
    month         BIGINT  NOT NULL,
    income_minor  BIGINT  NOT NULL,
    expense_minor BIGINT  NOT NULL,
    PRIMARY KEY (user_id, day, account_id, category_id)
);

INSERT INTO category_day_totals (user_id, day, account_id, category_id, month, income_minor, expense_minor)
SELECT user_id, occurred_on, account_id, COALESCE(category_id, 0),
       CAST(EXTRACT(YEAR FROM DATE '1970-01-01' + occurred_on) AS INTEGER) * 12
           + CAST(EXTRACT(MONTH FROM DATE '1970-01-01' + occurred_on) AS INTEGER) - 1,
       SUM(CASE WHEN type = 'deposit' AND reversal_of IS NULL THEN amount_minor
                WHEN type = 'withdrawal' AND reversal_of IS NOT NULL THEN -amount_minor ELSE 0 END),
       SUM(CASE WHEN type = 'withdrawal' AND reversal_of IS NULL THEN amount_minor
                WHEN type = 'deposit' AND reversal_of IS NOT NULL THEN -amount_minor ELSE 0 END)
FROM entries
WHERE type IN ('deposit', 'withdrawal')
GROUP BY user_id, occurred_on, account_id, COALESCE(category_id, 0);

CREATE TABLE category_month_totals (
    user_id       BIGINT  NOT NULL REFERENCES users (id),
    month         BIGINT  NOT NULL,
    account_id    BIGINT  NOT NULL REFERENCES accounts (id),
    category_id   BIGINT  NOT NULL,
    income_minor  BIGINT  NOT NULL,
    expense_minor BIGINT  NOT NULL,
    PRIMARY KEY (user_id, month, account_id, category_id)
);

INSERT INTO category_month_totals (user_id, month, account_id, category_id, income_minor, expense_minor)
SELECT user_id, month, account_id, category_id, SUM(income_minor), SUM(expense_minor)
FROM category_day_totals
GROUP BY user_id, month, account_id, category_id;
