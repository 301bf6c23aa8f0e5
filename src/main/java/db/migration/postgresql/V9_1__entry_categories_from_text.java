package db.migration.postgresql;

import db.migration.EntryCategoryBackfill;

/** See {@link EntryCategoryBackfill}; Flyway finds migrations by the location they are in. */
public class V9_1__entry_categories_from_text extends EntryCategoryBackfill {
}
