package db.migration.postgresql;

import db.migration.LabelTotalsBackfill;

/** See {@link LabelTotalsBackfill}; Flyway finds migrations by the location they are in. */
public class V16_1__payee_and_tag_totals_from_entries extends LabelTotalsBackfill {
}
