package db.migration.sqlite;

import db.migration.EntrySearchTextBackfill;

/** See {@link EntrySearchTextBackfill}; Flyway finds migrations by the location they are in. */
public class V4_1__entry_search_text_backfill extends EntrySearchTextBackfill {
}
