package app.ledger.leaving;

import app.ledger.support.Database;
import app.ledger.support.TestDatabase;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every table of the database, found in the catalogue rather than listed, with all its rows: a table added
 * by a later migration is covered without changing this class.
 */
final class Tables {

    /**
     * Not user data: Flyway's own history, and the counter entry ids are taken from (a user's writes move it
     * on, and ids are never given out twice, so deleting the user must not move it back).
     */
    static final Set<String> NOT_USER_DATA = Set.of("flyway_schema_history", "entry_ids");

    /** Columns that change in the background: the time a session was last seen is written once a minute. */
    private static final Map<String, Set<String>> MOVING = Map.of("sessions", Set.of("last_seen_at"));

    private final Database db;

    Tables(Database db) {
        this.db = db;
    }

    /**
     * The tables, by name. On SQLite the catalogue's own tables (sqlite_sequence: AUTOINCREMENT counters,
     * moved on like entry_ids) and the full-text index over entries.search_text (entry_search and its shadow
     * tables, which FTS5 keeps as b-tree segments that a delete adds tombstones to rather than restoring the
     * old bytes) are left out; the index is checked through searches instead.
     */
    List<String> names() {
        String sql = TestDatabase.isPostgres()
                ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() "
                        + "AND table_type = 'BASE TABLE' ORDER BY table_name"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                        + "AND name NOT LIKE 'entry_search%' ORDER BY name";
        return db.rows(sql).stream().map(row -> (String) row.get("name"))
                .filter(name -> !NOT_USER_DATA.contains(name)).toList();
    }

    /** Every row of every table, each row as text, sorted: two snapshots are equal when the data is. */
    Map<String, List<String>> snapshot() {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : names()) {
            Set<String> moving = MOVING.getOrDefault(table, Set.of());
            tables.put(table, db.rows("SELECT * FROM " + table).stream().map(row -> {
                Map<String, Object> kept = new LinkedHashMap<>();
                row.forEach((column, value) -> {
                    if (!moving.contains(column)) {
                        kept.put(column, value instanceof byte[] bytes ? Arrays.toString(bytes) : value);
                    }
                });
                return kept.toString();
            }).sorted().toList());
        }
        return tables;
    }
}
