package app.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.journal.SearchText;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database of the version before history by day (V9_1), with entries on many days, several on one day and
 * some recorded after later days (backdated), also before 1970, migrated to the latest version: every day's
 * net, every block's net and every entry's running sum within its day are what the entries say, and the search
 * text covers payee, notes and tags. On SQLite always, on PostgreSQL in the PostgreSQL build.
 */
class DayTotalsMigrationTest {

    @TempDir
    Path dir;

    /** More than one chunk of the search text walk. */
    private static final int ENTRIES = 1_234;


    /** The day of entry {@code seq}: mostly forward, every 7th backdated by up to 300 days, some before 1970. */
    private static long dayOf(long account, long seq) {
        long base = LocalDate.of(account == 1 ? 1969 : 2024, 11, 1).toEpochDay() + seq / 3;
        return seq % 7 == 0 ? base - (seq * 37) % 300 : base;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void existingEntriesGetTheirDayTotalsRunningSumsAndSearchText(String kind) throws Exception {
        MigrationDatabase db = MigrationDatabase.of(kind, dir);
        db.flyway("9.1").migrate();
        Map<String, Long> dayNets = new TreeMap<>();
        Map<String, Long> blockNets = new TreeMap<>();
        Map<Long, Long> running = new HashMap<>();
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            c.createStatement().executeUpdate(
                    "INSERT INTO users (id, username, password_hash, created_at) VALUES (1, 'old', 'x', 1)");
            for (int account = 1; account <= 2; account++) {
                c.createStatement().executeUpdate("INSERT INTO accounts (id, user_id, name, currency, balance_minor, "
                        + "created_at) VALUES (" + account + ", 1, 'A" + account + "', 'USD', 0, 1)");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO entries (id, account_id, user_id, seq, "
                    + "type, amount_minor, balance_after_minor, description, created_at, prev_hash, hash, "
                    + "occurred_on, hash_version, payee, tags, notes) "
                    + "VALUES (?, ?, 1, ?, ?, ?, 0, ?, 1, 'p', 'h', ?, 2, ?, ?, ?)")) {
                long id = 1;
                Map<String, Long> dayRunning = new HashMap<>();
                for (long account = 1; account <= 2; account++) {
                    for (long seq = 1; seq <= ENTRIES; seq++, id++) {
                        boolean out = seq % 4 == 0;
                        long amount = 100 + seq;
                        long signed = out ? -amount : amount;
                        long day = dayOf(account, seq);
                        dayNets.merge(account + ":" + day, signed, Long::sum);
                        blockNets.merge(account + ":" + (day >> 5), signed, Long::sum);
                        running.put(id, dayRunning.merge(account + ":" + day, signed, Long::sum));
                        insert.setLong(1, id);
                        insert.setLong(2, account);
                        insert.setLong(3, seq);
                        insert.setString(4, out ? (seq % 8 == 0 ? "transfer_out" : "withdrawal")
                                : (seq % 5 == 0 ? "transfer_in" : "deposit"));
                        insert.setLong(5, amount);
                        insert.setString(6, "Entry " + seq);
                        insert.setLong(7, day);
                        insert.setString(8, seq % 10 == 0 ? "Bäckerei " + seq : null);
                        insert.setString(9, seq % 10 == 0 ? "[\"Brot\"]" : null);
                        insert.setString(10, seq % 10 == 0 ? "Sonntag" : null);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }

        db.flyway("latest").migrate();

        try (Connection c = db.connect()) {
            assertThat(nets(c, "SELECT account_id, day, net_minor FROM account_day_totals")).isEqualTo(dayNets);
            assertThat(nets(c, "SELECT account_id, block, net_minor FROM account_block_totals")).isEqualTo(blockNets);
            try (ResultSet rows = c.createStatement().executeQuery(
                    "SELECT id, day_running_minor, search_text, payee, notes FROM entries ORDER BY id")) {
                int seen = 0;
                while (rows.next()) {
                    assertThat(rows.getLong(2)).as("entry " + rows.getLong(1)).isEqualTo(running.get(rows.getLong(1)));
                    String payee = rows.getString(4);
                    assertThat(rows.getString(3)).isEqualTo(SearchText.of("Entry " + (1 + (rows.getLong(1) - 1)
                            % ENTRIES), payee, rows.getString(5), payee == null ? List.of() : List.of("Brot")));
                    seen++;
                }
                assertThat(seen).isEqualTo(2 * ENTRIES);
            }
            String containsBakery = kind.equals("sqlite")
                    ? "SELECT count(*) FROM entry_search WHERE search_text GLOB '*bäckerei*'"
                    : "SELECT count(*) FROM entries WHERE search_text LIKE '%bäckerei%'";
            try (ResultSet rows = c.createStatement().executeQuery(containsBakery)) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(2 * (ENTRIES / 10));
            }
        }
        assertThat(db.flyway("latest").info().pending()).isEmpty();
    }

    private static Map<String, Long> nets(Connection c, String sql) throws SQLException {
        Map<String, Long> nets = new TreeMap<>();
        try (ResultSet rows = c.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                nets.put(rows.getLong(1) + ":" + rows.getLong(2), rows.getLong(3));
            }
        }
        return nets;
    }
}
