-- Recurring entries (app.ledger.recurring): a schedule posts a deposit or withdrawal on each of its dates.
-- Days are days since 1970-01-01 (the user's calendar dates), times microseconds since the epoch.
-- next_on is the first occurrence the scheduler has not handled yet (null once none is left); it only
-- moves forward by compare-and-set, and a paused schedule keeps it but is skipped.
CREATE TABLE recurring_schedules (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    account_id   INTEGER NOT NULL REFERENCES accounts (id),
    type         TEXT    NOT NULL CHECK (type IN ('deposit', 'withdrawal')),
    amount       TEXT    NOT NULL,
    description  TEXT,
    category_id  INTEGER REFERENCES categories (id),
    payee        TEXT,
    tags         TEXT,
    notes        TEXT,
    every        TEXT    NOT NULL CHECK (every IN ('day', 'week', 'month', 'year')),
    interval_n   INTEGER NOT NULL CHECK (interval_n >= 1),
    month_day    INTEGER CHECK (month_day BETWEEN 1 AND 31),
    weekday      INTEGER CHECK (weekday BETWEEN 1 AND 7),
    start_on     INTEGER NOT NULL,
    end_on       INTEGER,
    max_count    INTEGER CHECK (max_count >= 1),
    next_on      INTEGER,
    paused_at    INTEGER,
    created_at   INTEGER NOT NULL
);
CREATE INDEX recurring_schedules_user_idx ON recurring_schedules (user_id, id);
-- What the scheduler reads each run: the active schedules with an occurrence due.
CREATE INDEX recurring_schedules_due_idx ON recurring_schedules (next_on)
    WHERE next_on IS NOT NULL AND paused_at IS NULL;

-- One row per occurrence the scheduler handled: posted (with its entry, inserted in the writer's
-- transaction that appended the entry) or failed (with the reason). The primary key makes each
-- occurrence happen once, whichever instance gets there first.
CREATE TABLE recurring_occurrences (
    schedule_id INTEGER NOT NULL REFERENCES recurring_schedules (id) ON DELETE CASCADE,
    occurs_on   INTEGER NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('posted', 'failed')),
    entry_id    INTEGER,
    reason      TEXT,
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (schedule_id, occurs_on)
) WITHOUT ROWID;
