package db.migration;

import app.ledger.category.CategoryRules;
import app.ledger.persistence.InstantMicrosConverter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Turns the free-text categories of the entries written so far into category rows, one per user and name
 * (names that differ only in case or surrounding spaces are one category, named as first written), and
 * links the entries to them. A category is an income category when only deposits used it, otherwise an
 * expense category. The texts themselves stay in {@code v1_category}, where the version 1 hashes need them.
 * Walks the entries by id a chunk at a time, twice (collect, then link), so memory holds only the distinct
 * names; runs in Flyway's transaction. The name folding needs Java ({@link CategoryRules#nameKey}).
 */
public abstract class EntryCategoryBackfill extends BaseJavaMigration {

    static final int CHUNK = 1000;

    private record Key(long userId, String nameKey) {
    }

    private static final class Found {
        final String name;
        boolean onlyDeposits = true;
        long id;

        Found(String name) {
            this.name = name;
        }
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<Key, Found> found = new LinkedHashMap<>();
        walk(connection, (id, userId, type, text) -> {
            String name = text.strip();
            if (!name.isEmpty()) {
                Found category = found.computeIfAbsent(new Key(userId, CategoryRules.nameKey(name)),
                        key -> new Found(name));
                category.onlyDeposits &= "deposit".equals(type);
            }
        });
        if (found.isEmpty()) {
            return;
        }
        insertCategories(connection, found);
        try (PreparedStatement link = connection.prepareStatement(
                "UPDATE entries SET category_id = ? WHERE id = ?")) {
            int[] pending = {0};
            walk(connection, (id, userId, type, text) -> {
                String name = text.strip();
                if (name.isEmpty()) {
                    return;
                }
                link.setLong(1, found.get(new Key(userId, CategoryRules.nameKey(name))).id);
                link.setLong(2, id);
                link.addBatch();
                if (++pending[0] == CHUNK) {
                    link.executeBatch();
                    pending[0] = 0;
                }
            });
            if (pending[0] > 0) {
                link.executeBatch();
            }
        }
    }

    private static void insertCategories(Connection connection, Map<Key, Found> found) throws SQLException {
        long now = InstantMicrosConverter.toMicros(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO categories (user_id, name, "
                + "name_key, kind, created_at) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (Map.Entry<Key, Found> category : found.entrySet()) {
                insert.setLong(1, category.getKey().userId());
                insert.setString(2, category.getValue().name);
                insert.setString(3, category.getKey().nameKey());
                insert.setString(4, category.getValue().onlyDeposits ? "income" : "expense");
                insert.setLong(5, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    category.getValue().id = keys.getLong(1);
                }
            }
        }
    }

    private interface Row {
        void accept(long id, long userId, String type, String category) throws SQLException;
    }

    private record Read(long id, long userId, String type, String category) {
    }

    private static void walk(Connection connection, Row row) throws SQLException {
        List<Read> chunk = new ArrayList<>(CHUNK);
        try (PreparedStatement select = connection.prepareStatement("SELECT id, user_id, type, v1_category "
                + "FROM entries WHERE id > ? AND v1_category IS NOT NULL ORDER BY id LIMIT " + CHUNK)) {
            long after = 0;
            do {
                chunk.clear();
                select.setLong(1, after);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        chunk.add(new Read(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4)));
                    }
                }
                // handled once the result set is closed: on SQLite the updates of the second walk should not
                // run while a select on the same table is still open
                for (Read read : chunk) {
                    row.accept(read.id(), read.userId(), read.type(), read.category());
                    after = read.id();
                }
            } while (chunk.size() == CHUNK);
        }
    }
}
