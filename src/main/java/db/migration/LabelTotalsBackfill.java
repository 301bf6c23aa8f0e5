package db.migration;

import app.ledger.journal.Tags;
import app.ledger.journal.spending.CategoryFlow;
import app.ledger.journal.spending.LabelTotals;
import app.ledger.journal.EntryType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the payee and tag totals (V16) from the entries written so far, as the ledger writer keeps them
 * ({@link LabelTotals}): walks the entries that count as expense by id a chunk at a time, so memory holds
 * only the rows of the totals, and writes them day by day and month by month. In id order, so that each row
 * keeps the spelling of its last entry. Runs in Flyway's transaction; the folding needs Java.
 */
public abstract class LabelTotalsBackfill extends BaseJavaMigration {

    static final int CHUNK = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        LabelTotals totals = new LabelTotals();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, user_id, occurred_on, account_id, "
                + "type, reversal_of, amount_minor, payee, tags FROM entries WHERE id > ? AND ("
                + "(type = 'withdrawal' AND reversal_of IS NULL) OR (type = 'deposit' AND reversal_of IS NOT NULL)) "
                + "ORDER BY id LIMIT " + CHUNK)) {
            long after = 0;
            int read;
            do {
                read = 0;
                select.setLong(1, after);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        read++;
                        after = rows.getLong(1);
                        rows.getLong(6);
                        boolean reversal = !rows.wasNull();
                        long expense = CategoryFlow.of(EntryType.fromCode(rows.getString(5)).orElseThrow(),
                                reversal, rows.getLong(7)).expenseMinor();
                        totals.add(rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getString(8),
                                Tags.decode(rows.getString(9)), expense);
                    }
                }
            } while (read == CHUNK);
        }
        LabelTotals.Changes changes = totals.changes();
        insert(connection, "payee", changes.payees());
        insert(connection, "tag", changes.tags());
    }

    private static void insert(Connection connection, String label, List<LabelTotals.Change> changes)
            throws SQLException {
        try (PreparedStatement day = connection.prepareStatement("INSERT INTO " + label + "_day_totals (user_id, "
                + "day, account_id, " + label + ", month, name, expense_minor) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (LabelTotals.Change change : changes) {
                day.setLong(1, change.key().userId());
                day.setLong(2, change.key().day());
                day.setLong(3, change.key().accountId());
                day.setString(4, change.key().label());
                day.setLong(5, change.key().month());
                day.setString(6, change.name());
                day.setLong(7, change.expenseMinor());
                day.addBatch();
                if (++pending == CHUNK) {
                    day.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                day.executeBatch();
            }
        }
        try (PreparedStatement month = connection.prepareStatement("INSERT INTO " + label + "_month_totals ("
                + "user_id, month, account_id, " + label + ", name, expense_minor) VALUES (?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (LabelTotals.MonthChange change : LabelTotals.byMonth(changes)) {
                month.setLong(1, change.key().userId());
                month.setLong(2, change.key().month());
                month.setLong(3, change.key().accountId());
                month.setString(4, change.key().label());
                month.setString(5, change.name());
                month.setLong(6, change.expenseMinor());
                month.addBatch();
                if (++pending == CHUNK) {
                    month.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                month.executeBatch();
            }
        }
    }
}
