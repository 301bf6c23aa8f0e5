-- The balance series of an account asks, for each point of a chart, for the last entry at or before a
-- time: with this index each point is one seek, whatever the length of the history.
CREATE INDEX entries_account_time_idx ON entries (account_id, created_at, seq);
