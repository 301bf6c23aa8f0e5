package app.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.account.Account;
import app.ledger.journal.Entry;
import app.ledger.journal.EntryType;
import app.ledger.journal.integrity.EntryHash;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database of the version before dates and categories (V6), with users, entries and free-text categories,
 * migrated to the latest version: every entry gets the day it was recorded (UTC), the free texts become one
 * category per user and name regardless of case, linked from the entries, and every old entry still
 * verifies against its version 1 hash. On SQLite always, on PostgreSQL in the PostgreSQL build.
 */
class EntryMetadataMigrationTest {

    @TempDir
    Path dir;

    /** More than one chunk of the category walk. */
    private static final int ENTRIES = 2_345;
    private static final long DAY_MICROS = 86_400_000_000L;
    /** 2023-05-06T23:59:59.999999Z and a microsecond later, on the next day in UTC. */
    private static final long LAST_MICRO_OF_A_DAY = LocalDate.of(2023, 5, 6).toEpochDay() * DAY_MICROS
            + DAY_MICROS - 1;


    /** The free-text category of entry {@code seq} of a user: several spellings of a few names, and none. */
    private static String categoryOf(long user, long seq) {
        if (user == 2) {
            return seq % 2 == 0 ? "food" : null;
        }
        return switch ((int) (seq % 7)) {
            case 0 -> "Food";
            case 1 -> "  FOOD ";
            case 2 -> "Salary";
            case 3 -> "Café";
            case 4 -> "CAFÉ";
            case 5 -> null;
            default -> "food";
        };
    }

    /** The first user's withdrawals spend from Food and Café; Salary, and the second user's food, only come in. */
    private static EntryType typeOf(long user, long seq) {
        String category = categoryOf(user, seq);
        return user == 1 && category != null && !category.equals("Salary") && seq % 3 == 0 ? EntryType.WITHDRAWAL
                : EntryType.DEPOSIT;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void oldEntriesGetTheirDayTheirCategoriesAndStillVerify(String kind) throws Exception {
        MigrationDatabase db = MigrationDatabase.of(kind, dir);
        db.flyway("6").migrate();
        Map<Long, String> hashes = new HashMap<>();
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            for (long user = 1; user <= 2; user++) {
                c.createStatement().executeUpdate("INSERT INTO users (id, username, password_hash, created_at) "
                        + "VALUES (" + user + ", 'old" + user + "', 'x', 1)");
                c.createStatement().executeUpdate("INSERT INTO accounts (id, user_id, name, currency, "
                        + "balance_minor, created_at) VALUES (" + user + ", " + user + ", 'Main', 'USD', 0, 1)");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO entries (id, account_id, user_id, seq, "
                    + "type, amount_minor, balance_after_minor, description, category, created_at, prev_hash, hash) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                long id = 1;
                for (long user = 1; user <= 2; user++) {
                    String previous = Account.GENESIS_HASH;
                    long balance = 0;
                    long count = user == 1 ? ENTRIES : 10;
                    for (long seq = 1; seq <= count; seq++, id++) {
                        Entry entry = new Entry();
                        entry.accountId = user;
                        entry.userId = user;
                        entry.seq = seq;
                        entry.type = typeOf(user, seq);
                        entry.amountMinor = entry.type == EntryType.DEPOSIT ? 200 : 100;
                        balance += entry.type.sign() * entry.amountMinor;
                        entry.balanceAfterMinor = balance;
                        entry.createdAt = InstantMicrosConverter.fromMicros(LAST_MICRO_OF_A_DAY - 5 + seq);
                        entry.hashVersion = 1;
                        entry.v1Description = seq % 5 == 0 ? null : "entry " + seq;
                        entry.v1Category = categoryOf(user, seq);
                        entry.prevHash = previous;
                        entry.hash = EntryHash.of(entry, "USD");
                        insert.setLong(1, id);
                        insert.setLong(2, user);
                        insert.setLong(3, user);
                        insert.setLong(4, seq);
                        insert.setString(5, entry.type.code());
                        insert.setLong(6, entry.amountMinor);
                        insert.setLong(7, entry.balanceAfterMinor);
                        insert.setString(8, entry.v1Description);
                        insert.setString(9, entry.v1Category);
                        insert.setLong(10, InstantMicrosConverter.toMicros(entry.createdAt));
                        insert.setString(11, previous);
                        insert.setString(12, entry.hash);
                        insert.addBatch();
                        hashes.put(id, entry.hash);
                        previous = entry.hash;
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }

        db.flyway("latest").migrate();

        Map<String, Map<String, Object>> categories = new HashMap<>();
        try (Connection c = db.connect(); ResultSet rows = c.createStatement().executeQuery(
                "SELECT id, user_id, name, name_key, kind, parent_id, archived_at FROM categories ORDER BY id")) {
            while (rows.next()) {
                Map<String, Object> row = new HashMap<>();
                row.put("id", rows.getLong(1));
                row.put("kind", rows.getString(5));
                assertThat(rows.getObject(6)).isNull();
                assertThat(rows.getObject(7)).isNull();
                categories.put(rows.getLong(2) + ":" + rows.getString(3), row);
            }
        }
        assertThat(categories).containsOnlyKeys("1:FOOD", "1:Salary", "1:Café", "2:food");
        assertThat(categories.get("1:FOOD")).containsEntry("kind", "expense");
        assertThat(categories.get("1:Salary")).containsEntry("kind", "income");
        assertThat(categories.get("1:Café")).containsEntry("kind", "expense");
        assertThat(categories.get("2:food")).containsEntry("kind", "income");

        List<Entry> migrated = new ArrayList<>();
        try (Connection c = db.connect(); ResultSet rows = c.createStatement().executeQuery(
                "SELECT id, account_id, user_id, seq, type, amount_minor, balance_after_minor, description, "
                        + "v1_description, v1_category, category_id, occurred_on, hash_version, created_at, "
                        + "prev_hash, hash FROM entries ORDER BY id")) {
            while (rows.next()) {
                Entry entry = new Entry();
                entry.id = rows.getLong(1);
                entry.accountId = rows.getLong(2);
                entry.userId = rows.getLong(3);
                entry.seq = rows.getLong(4);
                entry.type = EntryType.fromCode(rows.getString(5)).orElseThrow();
                entry.amountMinor = rows.getLong(6);
                entry.balanceAfterMinor = rows.getLong(7);
                entry.description = rows.getString(8);
                entry.v1Description = rows.getString(9);
                entry.v1Category = rows.getString(10);
                entry.categoryId = rows.getObject(11) == null ? null : rows.getLong(11);
                entry.occurredOn = LocalDate.ofEpochDay(rows.getLong(12));
                entry.hashVersion = rows.getInt(13);
                entry.createdAt = InstantMicrosConverter.fromMicros(rows.getLong(14));
                entry.prevHash = rows.getString(15);
                entry.hash = rows.getString(16);
                migrated.add(entry);
            }
        }
        assertThat(migrated).hasSize(ENTRIES + 10);
        for (Entry entry : migrated) {
            String text = categoryOf(entry.userId, entry.seq);
            assertThat(entry.hashVersion).isEqualTo(1);
            assertThat(entry.v1Category).isEqualTo(text);
            assertThat(entry.v1Description).isEqualTo(entry.description);
            assertThat(entry.hash).isEqualTo(hashes.get(entry.id)).isEqualTo(EntryHash.of(entry, "USD"));
            assertThat(entry.occurredOn).isEqualTo(LocalDate.ofInstant(entry.createdAt, ZoneOffset.UTC));
            Long expected = text == null ? null : (Long) categories.get(entry.userId + ":" + switch (text.strip()) {
                case "Food", "FOOD", "food" -> entry.userId == 1 ? "FOOD" : "food";
                case "Café", "CAFÉ" -> "Café";
                default -> text;
            }).get("id");
            assertThat(entry.categoryId).as("entry " + entry.id).isEqualTo(expected);
        }
        assertThat(migrated.stream().map(e -> e.occurredOn).distinct())
                .containsExactlyInAnyOrder(LocalDate.of(2023, 5, 6), LocalDate.of(2023, 5, 7));
        assertThat(db.flyway("latest").info().pending()).isEmpty();
    }
}
