package app.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.journal.SearchText;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Entries written before the search column existed become searchable: the migration folds their
 * descriptions as the writer does. On SQLite always, on PostgreSQL in the PostgreSQL build.
 */
class EntrySearchTextMigrationTest {

    @TempDir
    Path dir;

    /** More than one chunk of the backfill, so that its walk by id is exercised. */
    private static final int ENTRIES = 2_345;


    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void existingEntriesAreFoldedForSearchAndTheirHashedFieldsAreUntouched(String kind) throws Exception {
        MigrationDatabase db = MigrationDatabase.of(kind, dir);
        db.flyway("2").migrate();
        Map<Long, String> descriptions = new LinkedHashMap<>();
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            c.createStatement().executeUpdate(
                    "INSERT INTO users (id, username, password_hash, created_at) VALUES (1, 'old', 'x', 1)");
            c.createStatement().executeUpdate("INSERT INTO accounts (id, user_id, name, currency, balance_minor, "
                    + "created_at) VALUES (1, 1, 'Main', 'USD', 0, 1)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO entries (id, account_id, user_id, seq, "
                    + "type, amount_minor, balance_after_minor, description, created_at, prev_hash, hash) "
                    + "VALUES (?, 1, 1, ?, 'deposit', 1, ?, ?, 1, 'p', 'h')")) {
                for (long id = 1; id <= ENTRIES; id++) {
                    String description = switch ((int) (id % 4)) {
                        case 0 -> "CAFÉ CRÈME " + id;
                        case 1 -> null;
                        case 2 -> "Straße " + id;
                        default -> "plain " + id;
                    };
                    descriptions.put(id, description);
                    insert.setLong(1, id);
                    insert.setLong(2, id);
                    insert.setLong(3, id);
                    insert.setString(4, description);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        }

        db.flyway("latest").migrate();

        try (Connection c = db.connect(); ResultSet rows = c.createStatement().executeQuery(
                "SELECT id, description, search_text FROM entries ORDER BY id")) {
            int seen = 0;
            while (rows.next()) {
                long id = rows.getLong(1);
                assertThat(rows.getString(2)).isEqualTo(descriptions.get(id));
                assertThat(rows.getString(3)).as("entry " + id).isEqualTo(SearchText.of(descriptions.get(id), null, null, List.of()));
                seen++;
            }
            assertThat(seen).isEqualTo(ENTRIES);
        }
        try (Connection c = db.connect(); ResultSet rows = c.createStatement().executeQuery(
                "SELECT count(*) FROM entries WHERE search_text LIKE '%café crème%'")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(ENTRIES / 4);
        }
        assertThat(db.flyway("latest").info().pending()).isEmpty();
    }
}
