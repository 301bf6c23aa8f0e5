package app.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database of the version before payee suggestions (V9_1) with entries that carry payees, migrated to the
 * latest version: the payee table holds one row per user and name regardless of case, spelled as its most
 * recent use, with the number of entries that carry it (reversals not counted) and their latest day. On
 * SQLite always, on PostgreSQL in the PostgreSQL build.
 */
class PayeeMigrationTest {

    @TempDir
    Path dir;

    /** More than one chunk of the walk over the entries. */
    private static final int ENTRIES = 2_345;


    /** The payee of entry {@code seq} of user 1: spellings of a few names, and none. */
    private static String payeeOf(long seq) {
        return switch ((int) (seq % 6)) {
            case 0 -> "Café Central";
            case 1 -> "CAFÉ CENTRAL";
            case 2 -> "Bakery";
            case 3 -> null;
            case 4 -> "  ";
            default -> "café central";
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void existingEntriesFillThePayeeTable(String kind) throws Exception {
        MigrationDatabase db = MigrationDatabase.of(kind, dir);
        db.flyway("9.1").migrate();
        LocalDate first = LocalDate.of(2024, 1, 1);
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            for (long user = 1; user <= 2; user++) {
                c.createStatement().executeUpdate("INSERT INTO users (id, username, password_hash, created_at) "
                        + "VALUES (" + user + ", 'old" + user + "', 'x', 1)");
                c.createStatement().executeUpdate("INSERT INTO accounts (id, user_id, name, currency, "
                        + "balance_minor, created_at) VALUES (" + user + ", " + user + ", 'Main', 'USD', 0, 1)");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO entries (id, account_id, user_id, seq, "
                    + "type, amount_minor, balance_after_minor, created_at, prev_hash, hash, occurred_on, "
                    + "hash_version, payee, reversal_of) VALUES (?, ?, ?, ?, 'deposit', 100, ?, 1, 'p', 'h', ?, 2, "
                    + "?, ?)")) {
                long id = 1;
                for (long seq = 1; seq <= ENTRIES; seq++, id++) {
                    String payee = payeeOf(seq);
                    add(insert, id, 1, seq, first.plusDays(seq % 100), payee == null || payee.isBlank() ? null
                            : payee, null);
                }
                // a reversal copies the payee of the entry it cancels, on a later day: not a use
                add(insert, id++, 1, ENTRIES + 1, first.plusYears(3), "Bakery", 3L);
                add(insert, id++, 2, 1, first, "Bakery", null);
                add(insert, id, 2, 2, first.plusDays(1), "bakery", null);
                insert.executeBatch();
            }
            c.commit();
        }

        db.flyway("latest").migrate();

        Map<String, Object[]> payees = new HashMap<>();
        try (Connection c = db.connect(); ResultSet rows = c.createStatement().executeQuery(
                "SELECT user_id, folded, name, uses, last_occurred_on FROM payees")) {
            while (rows.next()) {
                payees.put(rows.getLong(1) + ":" + rows.getString(2), new Object[] {rows.getString(3),
                        rows.getLong(4), LocalDate.ofEpochDay(rows.getLong(5))});
            }
        }
        long cafes = 0;
        long bakeries = 0;
        LocalDate lastCafe = first;
        LocalDate lastBakery = first;
        for (long seq = 1; seq <= ENTRIES; seq++) {
            String payee = payeeOf(seq);
            LocalDate day = first.plusDays(seq % 100);
            if ("Bakery".equals(payee)) {
                bakeries++;
                lastBakery = day.isAfter(lastBakery) ? day : lastBakery;
            } else if (payee != null && !payee.isBlank()) {
                cafes++;
                lastCafe = day.isAfter(lastCafe) ? day : lastCafe;
            }
        }
        assertThat(payees).containsOnlyKeys("1:café central", "1:bakery", "2:bakery");
        // entry 2345 (2345 % 6 == 5) is the last café
        assertThat(payees.get("1:café central")).containsExactly("café central", cafes, lastCafe);
        assertThat(payees.get("1:bakery")).containsExactly("Bakery", bakeries, lastBakery);
        assertThat(payees.get("2:bakery")).containsExactly("bakery", 2L, first.plusDays(1));
        assertThat(db.flyway("latest").info().pending()).isEmpty();
    }

    private static void add(PreparedStatement insert, long id, long user, long seq, LocalDate day, String payee,
            Long reversalOf) throws SQLException {
        insert.setLong(1, id);
        insert.setLong(2, user);
        insert.setLong(3, user);
        insert.setLong(4, seq);
        insert.setLong(5, 100 * seq);
        insert.setLong(6, day.toEpochDay());
        insert.setString(7, payee);
        if (reversalOf == null) {
            insert.setNull(8, java.sql.Types.BIGINT);
        } else {
            insert.setLong(8, reversalOf);
        }
        insert.addBatch();
    }
}
