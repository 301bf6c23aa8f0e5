-- Fills the day totals and each entry's running sum within its day (see V10) for the entries already there,
-- and builds the search index over the search text that V10_1 recomputed.
UPDATE entries SET day_running_minor = r.running
FROM (SELECT id, SUM(CASE WHEN type IN ('deposit', 'transfer_in') THEN amount_minor ELSE -amount_minor END)
             OVER (PARTITION BY account_id, occurred_on ORDER BY seq ROWS UNBOUNDED PRECEDING) AS running
      FROM entries) AS r
WHERE entries.id = r.id;

INSERT INTO account_day_totals (account_id, day, net_minor)
SELECT account_id, occurred_on,
       SUM(CASE WHEN type IN ('deposit', 'transfer_in') THEN amount_minor ELSE -amount_minor END)
FROM entries GROUP BY account_id, occurred_on;

INSERT INTO account_block_totals (account_id, block, net_minor)
SELECT account_id, day >> 5, SUM(net_minor) FROM account_day_totals GROUP BY account_id, day >> 5;

-- Text search: a trigram GIN index over entries.search_text (app.ledger.journal.SearchText: description,
-- payee, notes and tags, case-folded by the application). It answers LIKE patterns of three characters or
-- more. pg_trgm ships with PostgreSQL (Debian: postgresql-15) and is a trusted extension: the database's
-- owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX entries_search_trgm_idx ON entries USING gin (search_text gin_trgm_ops);
