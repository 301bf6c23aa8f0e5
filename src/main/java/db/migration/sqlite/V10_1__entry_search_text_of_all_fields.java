package db.migration.sqlite;

import db.migration.EntrySearchFieldsBackfill;

/** See {@link EntrySearchFieldsBackfill}; Flyway finds migrations by the location they are in. */
public class V10_1__entry_search_text_of_all_fields extends EntrySearchFieldsBackfill {
}
