-- Each leg of a transfer records the other leg's amount and currency, so that a transfer between accounts
-- of different currencies shows its rate on both sides without reading the other leg. Both columns are
-- part of the hash of version 2 entries. Null on entries that are not transfers, and on the transfer legs
-- written before this version, whose other leg always had the same amount and currency.
ALTER TABLE entries ADD COLUMN counter_amount_minor BIGINT;
ALTER TABLE entries ADD COLUMN counter_currency TEXT;
