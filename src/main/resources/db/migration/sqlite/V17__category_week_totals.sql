-- Income and expense per user, Monday-to-Sunday week, account and category, for week reports over long
-- ranges: summing days by week in the database sorted every day row of the range (about 0.3 s for five
-- years of 10 accounts × 30 categories in SQLite); this holds a seventh of the rows, already in order.
-- Kept by the ledger writer with the day and month totals (app.ledger.journal.spending). week is
-- floor((day + 3) / 7): 0 for the week of 1 January 1970, which began on Monday 29 December 1969; the bias
-- of 40,000 weeks makes the integer division a floor for every day from the year 1204 on.
CREATE TABLE category_week_totals (
    user_id       INTEGER NOT NULL REFERENCES users (id),
    week          INTEGER NOT NULL,
    account_id    INTEGER NOT NULL REFERENCES accounts (id),
    category_id   INTEGER NOT NULL,
    income_minor  INTEGER NOT NULL,
    expense_minor INTEGER NOT NULL,
    PRIMARY KEY (user_id, week, account_id, category_id)
) WITHOUT ROWID;

INSERT INTO category_week_totals (user_id, week, account_id, category_id, income_minor, expense_minor)
SELECT user_id, (day + 3 + 280000) / 7 - 40000, account_id, category_id, SUM(income_minor), SUM(expense_minor)
FROM category_day_totals
GROUP BY user_id, (day + 3 + 280000) / 7 - 40000, account_id, category_id;
