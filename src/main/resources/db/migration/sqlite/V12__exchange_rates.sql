-- Exchange rates: on day (days since 1970-01-01) one unit of base is worth rate units of quote. rate is an
-- exact decimal in plain notation ("1.0856"), never a binary floating-point number. user_id names the user
-- who entered (source 'user') or uploaded (source 'ecb') the rate, and only they see it; NULL marks the
-- published reference rates fetched on a schedule, which every user sees. One rate per owner, pair, day
-- and source: a second one replaces it.
CREATE TABLE exchange_rates (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER REFERENCES users (id),
    source     TEXT    NOT NULL CHECK (source IN ('user', 'ecb')),
    day        INTEGER NOT NULL,
    base       TEXT    NOT NULL CHECK (length(base) = 3),
    quote      TEXT    NOT NULL CHECK (length(quote) = 3 AND quote <> base),
    rate       TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
);
-- Also the lookup: the latest rate of a pair on or before a day.
CREATE UNIQUE INDEX exchange_rates_own_uq ON exchange_rates (user_id, base, quote, day, source)
    WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX exchange_rates_published_uq ON exchange_rates (base, quote, day, source)
    WHERE user_id IS NULL;
-- The list, newest first.
CREATE INDEX exchange_rates_by_day_idx ON exchange_rates (user_id, day, id);
