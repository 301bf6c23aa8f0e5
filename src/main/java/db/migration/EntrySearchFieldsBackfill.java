package db.migration;

import app.ledger.journal.SearchText;
import app.ledger.journal.Tags;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Recomputes {@code entries.search_text} of every entry from its description, payee, notes and tags
 * ({@link SearchText#of}), which until now held the description only. Walks the table by id a chunk at a time,
 * so memory stays flat however many entries there are; runs in Flyway's transaction, before the search index
 * over the column is built (V10_2).
 */
public abstract class EntrySearchFieldsBackfill extends BaseJavaMigration {

    static final int CHUNK = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, description, payee, notes, tags "
                + "FROM entries WHERE id > ? ORDER BY id LIMIT " + CHUNK);
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE entries SET search_text = ? WHERE id = ?")) {
            long after = 0;
            int read;
            do {
                read = 0;
                select.setLong(1, after);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getLong(1);
                        update.setString(1, SearchText.of(rows.getString(2), rows.getString(3), rows.getString(4),
                                Tags.decode(rows.getString(5))));
                        update.setLong(2, after);
                        update.addBatch();
                        read++;
                    }
                }
                if (read > 0) {
                    update.executeBatch();
                }
            } while (read == CHUNK);
        }
    }
}
