-- Each user's categories for their entries: expense or income, optionally with a colour, in at most one
-- level of sub-categories (parent_id names a top-level category of the same user). An archived category
-- stays on the entries that have it but cannot be chosen for new ones.
CREATE TABLE categories (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL REFERENCES users (id),
    parent_id   INTEGER REFERENCES categories (id),
    name        TEXT    NOT NULL,
    -- the name case-folded by the application (app.ledger.journal.SearchText), so that names are unique
    -- per user and parent regardless of case in any script, alike on both databases
    name_key    TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('expense', 'income')),
    color       TEXT    CHECK (color IS NULL OR length(color) = 7),
    archived_at INTEGER,
    created_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX categories_user_parent_name_uq ON categories (user_id, coalesce(parent_id, 0), name_key);
