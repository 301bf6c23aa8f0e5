-- Text search matches the description case-folded by the application (app.ledger.journal.SearchText):
-- the database's own lower() cannot be used, SQLite's knows only ASCII. Entries written from now on get
-- it on insert; the next migration (V4_1, Java) fills it in for the entries already there. It is derived
-- from the description, so it is not part of the entry's hash.
ALTER TABLE entries ADD COLUMN search_text TEXT;
