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

-- Text search: an FTS5 trigram index over entries.search_text (app.ledger.journal.SearchText: description,
-- payee, notes and tags, case-folded by the application, so the index itself is case-sensitive). It answers
-- GLOB patterns of three characters or more from the index; detail=none keeps it small (every candidate is
-- checked against the text). External content: the text lives only in entries; these triggers keep the index
-- in step with every insert and every change of the text.
CREATE VIRTUAL TABLE entry_search USING fts5(search_text, content = 'entries', content_rowid = 'id',
    tokenize = 'trigram case_sensitive 1', detail = 'none');
INSERT INTO entry_search (entry_search) VALUES ('rebuild');

CREATE TRIGGER entries_search_insert AFTER INSERT ON entries BEGIN
    INSERT INTO entry_search (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER entries_search_update AFTER UPDATE OF search_text ON entries
    WHEN old.search_text IS NOT new.search_text BEGIN
    INSERT INTO entry_search (entry_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO entry_search (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER entries_search_delete AFTER DELETE ON entries BEGIN
    INSERT INTO entry_search (entry_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
