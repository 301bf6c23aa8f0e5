package app.ledger.imports.commit;

import io.agroal.api.AgroalDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes import previews straight into the database, as the upload would: an imports row with status
 * previewed and its rows, for the commit and undo tests.
 */
final class Previews {

    /** One preview row; amount is a signed decimal in the account's currency ("-12.50"), or null. */
    record Row(String status, String occurredOn, String amount, String payee, String description, String category,
            String bankReference) {

        static Row fresh(String occurredOn, String amount, String payee) {
            return new Row("new", occurredOn, amount, payee, null, null, null);
        }

        static Row duplicate(String occurredOn, String amount, String payee) {
            return new Row("duplicate", occurredOn, amount, payee, null, null, null);
        }

        static Row invalid() {
            return new Row("invalid", null, null, null, null, null, null);
        }

        Row withCategory(String name) {
            return new Row(status, occurredOn, amount, payee, description, name, bankReference);
        }

        Row withReference(String reference) {
            return new Row(status, occurredOn, amount, payee, description, category, reference);
        }
    }

    private final AgroalDataSource dataSource;

    Previews(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    long insert(long accountId, List<Row> rows) {
        return insert(accountId, rows, null, null);
    }

    /** @param openingBalance the balance the statement states before its first row, or null */
    long insert(long accountId, List<Row> rows, String openingBalance, String openingOn) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long userId;
            String currency;
            try (PreparedStatement account = c.prepareStatement("SELECT user_id, currency FROM accounts WHERE id = ?")) {
                account.setLong(1, accountId);
                try (ResultSet rs = account.executeQuery()) {
                    rs.next();
                    userId = rs.getLong(1);
                    currency = rs.getString(2);
                }
            }
            long importId;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO imports (user_id, account_id, file_name, "
                    + "format, status, total_rows, new_rows, duplicate_rows, invalid_rows, opening_balance_minor, "
                    + "opening_balance_on, created_at) VALUES (?, ?, 'statement.csv', 'csv', 'previewed', ?, ?, ?, ?, "
                    + "?, ?, ?) RETURNING id")) {
                insert.setLong(1, userId);
                insert.setLong(2, accountId);
                insert.setInt(3, rows.size());
                insert.setInt(4, count(rows, "new"));
                insert.setInt(5, count(rows, "duplicate"));
                insert.setInt(6, count(rows, "invalid"));
                if (openingBalance == null) {
                    insert.setNull(7, Types.BIGINT);
                    insert.setNull(8, Types.INTEGER);
                } else {
                    insert.setLong(7, minor(openingBalance));
                    insert.setLong(8, LocalDate.parse(openingOn).toEpochDay());
                }
                insert.setLong(9, ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    importId = rs.getLong(1);
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO import_rows (import_id, row_no, line, "
                    + "status, reason, occurred_on, amount_minor, currency, payee, description, category, "
                    + "bank_reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows.size(); i++) {
                    Row row = rows.get(i);
                    insert.setLong(1, importId);
                    insert.setInt(2, i + 1);
                    insert.setInt(3, i + 2);
                    insert.setString(4, row.status());
                    insert.setString(5, row.status().equals("invalid") ? "Line " + (i + 2) + ": no date." : null);
                    if (row.occurredOn() == null) {
                        insert.setNull(6, Types.INTEGER);
                    } else {
                        insert.setLong(6, LocalDate.parse(row.occurredOn()).toEpochDay());
                    }
                    if (row.amount() == null) {
                        insert.setNull(7, Types.BIGINT);
                        insert.setNull(8, Types.VARCHAR);
                    } else {
                        insert.setLong(7, minor(row.amount()));
                        insert.setString(8, currency);
                    }
                    insert.setString(9, row.payee());
                    insert.setString(10, row.description());
                    insert.setString(11, row.category());
                    insert.setString(12, row.bankReference());
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            return importId;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(List<Row> rows, String status) {
        return (int) rows.stream().filter(row -> row.status().equals(status)).count();
    }

    private static long minor(String amount) {
        return new BigDecimal(amount).movePointRight(2).longValueExact();
    }
}
