package db.migration;

import app.ledger.journal.SearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code entries.search_text} for the entries written before the column existed, with the same fold
 * the writer applies ({@link SearchText#fold}), which SQL cannot express on SQLite. Walks the table by id a
 * chunk at a time, so memory stays flat however many entries there are; runs in Flyway's transaction.
 */
public abstract class EntrySearchTextBackfill extends BaseJavaMigration {

    static final int CHUNK = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, description FROM entries "
                + "WHERE id > ? AND description IS NOT NULL ORDER BY id LIMIT " + CHUNK);
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
                        update.setString(1, SearchText.fold(rows.getString(2)));
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
