package app.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.journal.SearchText;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database of the version before the payee and tag totals (V14) with deposits, withdrawals, transfers and
 * reversals, payees in several spellings and entries with no, one or several tags, migrated to the latest
 * version: payee_day_totals and tag_day_totals hold, per user, day, account and folded payee or tag (empty
 * for none), the expense of the entries (a withdrawal adds, a deposit that reverses one takes away), with
 * the spelling of the last entry by id; the month tables the same per month. On SQLite always, on
 * PostgreSQL in the PostgreSQL build.
 */
class LabelTotalsMigrationTest {

    @TempDir
    Path dir;

    private static final int ENTRIES = 3_000;
    private static final List<String> PAYEES = Arrays.asList(null, "Bakery", "BAKERY", "Straße", "STRASSE", "Zoo");
    private static final List<String> TAGS = List.of("food", "Home", "trip");

    private record Key(long user, long day, long account, String label) {
    }

    private record Row(long expense, String name, long month) {
    }

    private static void add(Map<Key, Row> totals, Key key, long expense, String name, long month) {
        Row before = totals.get(key);
        totals.put(key, new Row(before == null ? expense : before.expense() + expense, name, month));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void existingEntriesFillThePayeeAndTagTotals(String kind) throws Exception {
        MigrationDatabase db = MigrationDatabase.of(kind, dir);
        db.flyway("14").migrate();
        Random random = new Random(16);
        Map<Key, Row> payees = new HashMap<>();
        Map<Key, Row> tags = new HashMap<>();
        List<String> types = List.of("deposit", "withdrawal", "withdrawal", "transfer_in", "transfer_out");
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            for (long user = 1; user <= 2; user++) {
                c.createStatement().executeUpdate("INSERT INTO users (id, username, password_hash, created_at) "
                        + "VALUES (" + user + ", 'old" + user + "', 'x', 1)");
            }
            for (long account = 1; account <= 3; account++) {
                long user = account == 3 ? 2 : 1;
                c.createStatement().executeUpdate("INSERT INTO accounts (id, user_id, name, currency, "
                        + "balance_minor, created_at) VALUES (" + account + ", " + user + ", 'A" + account
                        + "', 'USD', 0, 1)");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO entries (id, account_id, user_id, seq, "
                    + "type, amount_minor, balance_after_minor, created_at, prev_hash, hash, occurred_on, "
                    + "hash_version, payee, tags, reversal_of) VALUES (?, ?, ?, ?, ?, ?, 0, 1, 'p', 'h', ?, 2, ?, ?, ?)")) {
                for (long id = 1; id <= ENTRIES; id++) {
                    long account = 1 + random.nextInt(3);
                    long user = account == 3 ? 2 : 1;
                    String type = types.get(random.nextInt(types.size()));
                    long amount = 1 + random.nextInt(100_000);
                    LocalDate day = random.nextInt(20) == 0 ? LocalDate.of(1969, 12, 31).minusDays(random.nextInt(40))
                            : LocalDate.of(2020, 1, 31).plusDays(random.nextInt(1500));
                    String payee = PAYEES.get(random.nextInt(PAYEES.size()));
                    List<String> entryTags = new ArrayList<>();
                    TAGS.forEach(tag -> {
                        if (random.nextInt(3) == 0) {
                            entryTags.add(random.nextBoolean() ? tag : tag.toUpperCase());
                        }
                    });
                    Long reversalOf = id > 1 && random.nextInt(5) == 0 ? id - 1 : null;
                    insert.setLong(1, id);
                    insert.setLong(2, account);
                    insert.setLong(3, user);
                    insert.setLong(4, id);
                    insert.setString(5, type);
                    insert.setLong(6, amount);
                    insert.setLong(7, day.toEpochDay());
                    insert.setString(8, payee);
                    insert.setString(9, entryTags.isEmpty() ? null
                            : "[\"" + String.join("\",\"", entryTags) + "\"]");
                    if (reversalOf == null) {
                        insert.setNull(10, Types.BIGINT);
                    } else {
                        insert.setLong(10, reversalOf);
                    }
                    insert.addBatch();
                    long expense = type.equals("withdrawal") && reversalOf == null ? amount
                            : type.equals("deposit") && reversalOf != null ? -amount : 0;
                    if (expense == 0) {
                        continue;
                    }
                    long month = day.getYear() * 12L + day.getMonthValue() - 1;
                    add(payees, new Key(user, day.toEpochDay(), account, payee == null ? ""
                            : SearchText.fold(payee)), expense, payee == null ? "" : payee, month);
                    if (entryTags.isEmpty()) {
                        add(tags, new Key(user, day.toEpochDay(), account, ""), expense, "", month);
                    }
                    for (String tag : entryTags) {
                        add(tags, new Key(user, day.toEpochDay(), account, SearchText.fold(tag)), expense, tag, month);
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }

        db.flyway("latest").migrate();

        for (String label : List.of("payee", "tag")) {
            Map<Key, Row> expected = new HashMap<>(label.equals("payee") ? payees : tags);
            expected.values().removeIf(row -> row.expense() == 0);
            Map<Key, Row> days = new HashMap<>();
            try (Connection c = db.connect(); ResultSet rows = c.createStatement().executeQuery(
                    "SELECT user_id, day, account_id, " + label + ", expense_minor, name, month FROM " + label
                            + "_day_totals")) {
                while (rows.next()) {
                    days.put(new Key(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getString(4)),
                            new Row(rows.getLong(5), rows.getString(6), rows.getLong(7)));
                }
            }
            assertThat(expected).hasSizeGreaterThan(500);
            assertThat(days).as(label).isEqualTo(expected);
            assertThat(days.keySet()).as(label).anyMatch(key -> key.label().equals(label.equals("payee") ? "strasse" : "home"))
                    .anyMatch(key -> key.label().isEmpty());

            Map<Key, Long> expectedMonths = new HashMap<>();
            expected.forEach((key, row) -> expectedMonths.merge(new Key(key.user(), row.month(), key.account(),
                    key.label()), row.expense(), Long::sum));
            expectedMonths.values().removeIf(sum -> sum == 0);
            Map<Key, Long> months = new HashMap<>();
            try (Connection c = db.connect(); ResultSet rows = c.createStatement().executeQuery(
                    "SELECT user_id, month, account_id, " + label + ", expense_minor FROM " + label
                            + "_month_totals")) {
                while (rows.next()) {
                    months.put(new Key(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getString(4)),
                            rows.getLong(5));
                }
            }
            assertThat(months).as(label).isEqualTo(expectedMonths);
        }
        assertThat(db.flyway("latest").info().pending()).isEmpty();
    }
}
