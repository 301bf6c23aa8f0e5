-- One row per budget, month (year * 12 + month - 1, as in category_month_totals) and threshold (80 or 100)
-- whose live event was sent. Inserted by the writer's transaction that made the spending reach the threshold;
-- the primary key lets exactly one transaction insert it, and only that one sends the event. Removed with
-- the budget, and when its limit or category changes (the thresholds then count against the new limit).
CREATE TABLE budget_alerts (
    budget_id   INTEGER NOT NULL REFERENCES budgets (id) ON DELETE CASCADE,
    month       INTEGER NOT NULL,
    threshold   INTEGER NOT NULL CHECK (threshold IN (80, 100)),
    spent_minor INTEGER NOT NULL,
    sent_at     INTEGER NOT NULL,
    PRIMARY KEY (budget_id, month, threshold)
) WITHOUT ROWID;
