package db.migration;

import app.ledger.journal.SearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the payees table from the entries written so far: one row per user and folded name, spelled as its
 * most recent use (the highest entry id), with the number of entries that carry it and the latest day among
 * them. Reversals copy the payee of the entry they cancel and are not counted. Walks the entries with a
 * payee by id a chunk at a time, so memory holds only the distinct names; runs in Flyway's transaction. The
 * folding needs Java ({@link SearchText#fold}).
 */
public abstract class PayeeBackfill extends BaseJavaMigration {

    static final int CHUNK = 1000;

    private record Key(long userId, String folded) {
    }

    private static final class Tally {
        String name;
        long uses;
        long lastOccurredOn = Long.MIN_VALUE;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<Key, Tally> payees = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, user_id, payee, occurred_on "
                + "FROM entries WHERE id > ? AND payee IS NOT NULL AND reversal_of IS NULL ORDER BY id LIMIT "
                + CHUNK)) {
            long after = 0;
            int read;
            do {
                read = 0;
                select.setLong(1, after);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        read++;
                        after = rows.getLong(1);
                        String name = rows.getString(3);
                        Tally tally = payees.computeIfAbsent(new Key(rows.getLong(2), SearchText.fold(name)),
                                key -> new Tally());
                        tally.name = name; // in id order: the most recent use is the last one seen
                        tally.uses++;
                        tally.lastOccurredOn = Math.max(tally.lastOccurredOn, rows.getLong(4));
                    }
                }
            } while (read == CHUNK);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO payees (user_id, folded, name, "
                + "uses, last_occurred_on) VALUES (?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Map.Entry<Key, Tally> payee : payees.entrySet()) {
                insert.setLong(1, payee.getKey().userId());
                insert.setString(2, payee.getKey().folded());
                insert.setString(3, payee.getValue().name);
                insert.setLong(4, payee.getValue().uses);
                insert.setLong(5, payee.getValue().lastOccurredOn);
                insert.addBatch();
                if (++pending == CHUNK) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
