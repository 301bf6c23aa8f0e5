package db.migration.sqlite;

import db.migration.PayeeBackfill;

/** See {@link PayeeBackfill}; Flyway finds migrations by the location they are in. */
public class V11_2__payees_from_entries extends PayeeBackfill {
}
