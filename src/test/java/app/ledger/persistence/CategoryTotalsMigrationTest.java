package app.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.journal.EntryType;
import app.ledger.journal.spending.CategoryFlow;
import app.ledger.journal.spending.CategoryTotals;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToLongBiFunction;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database of the version before the report totals (V12) with deposits, withdrawals, transfers and
 * reversals over several years (some before 1970, some on the last day of a month), with and without a
 * category, migrated to the latest version: category_day_totals holds, per user, day, account and category,
 * the income and expense that {@link CategoryFlow} gives for each entry, summed, and the month of the day;
 * category_month_totals the same sums per month.
 * On SQLite always, on PostgreSQL in the PostgreSQL build.
 */
class CategoryTotalsMigrationTest {

    @TempDir
    Path dir;

    private static final int ENTRIES = 3_000;

    private record Row(long income, long expense, long month) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void existingEntriesFillTheCategoryTotals(String kind) throws Exception {
        MigrationDatabase db = MigrationDatabase.of(kind, dir);
        db.flyway("12").migrate();
        Random random = new Random(14);
        Map<CategoryTotals.Key, Row> expected = new HashMap<>();
        List<String> types = List.of("deposit", "withdrawal", "transfer_in", "transfer_out");
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            for (long user = 1; user <= 2; user++) {
                c.createStatement().executeUpdate("INSERT INTO users (id, username, password_hash, created_at) "
                        + "VALUES (" + user + ", 'old" + user + "', 'x', 1)");
                for (long category = 1; category <= 2; category++) {
                    long id = user * 10 + category;
                    c.createStatement().executeUpdate("INSERT INTO categories (id, user_id, name, name_key, kind, "
                            + "created_at) VALUES (" + id + ", " + user + ", 'c" + id + "', 'c" + id
                            + "', 'expense', 1)");
                }
            }
            for (long account = 1; account <= 3; account++) {
                long user = account == 3 ? 2 : 1;
                c.createStatement().executeUpdate("INSERT INTO accounts (id, user_id, name, currency, "
                        + "balance_minor, created_at) VALUES (" + account + ", " + user + ", 'A" + account
                        + "', 'USD', 0, 1)");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO entries (id, account_id, user_id, seq, "
                    + "type, amount_minor, balance_after_minor, created_at, prev_hash, hash, occurred_on, "
                    + "hash_version, category_id, reversal_of) "
                    + "VALUES (?, ?, ?, ?, ?, ?, 0, 1, 'p', 'h', ?, 2, ?, ?)")) {
                for (long id = 1; id <= ENTRIES; id++) {
                    long account = 1 + random.nextInt(3);
                    long user = account == 3 ? 2 : 1;
                    String type = types.get(random.nextInt(types.size()));
                    long amount = 1 + random.nextInt(100_000);
                    LocalDate day = random.nextInt(20) == 0 ? LocalDate.of(1969, 12, 31).minusDays(random.nextInt(40))
                            : LocalDate.of(2020, 1, 31).plusMonths(random.nextInt(60));
                    Long category = random.nextInt(3) == 0 ? null : user * 10 + 1 + random.nextInt(2);
                    Long reversalOf = id > 1 && random.nextInt(5) == 0 ? id - 1 : null;
                    insert.setLong(1, id);
                    insert.setLong(2, account);
                    insert.setLong(3, user);
                    insert.setLong(4, id);
                    insert.setString(5, type);
                    insert.setLong(6, amount);
                    insert.setLong(7, day.toEpochDay());
                    if (category == null) {
                        insert.setNull(8, Types.BIGINT);
                    } else {
                        insert.setLong(8, category);
                    }
                    if (reversalOf == null) {
                        insert.setNull(9, Types.BIGINT);
                    } else {
                        insert.setLong(9, reversalOf);
                    }
                    insert.addBatch();
                    CategoryFlow flow = CategoryFlow.of(EntryType.fromCode(type).orElseThrow(), reversalOf != null,
                            amount);
                    if (!flow.isNone()) {
                        expected.merge(new CategoryTotals.Key(user, day.toEpochDay(), account,
                                        category == null ? CategoryTotals.NO_CATEGORY : category),
                                new Row(flow.incomeMinor(), flow.expenseMinor(), CategoryTotals.monthOf(day)),
                                (a, b) -> new Row(a.income() + b.income(), a.expense() + b.expense(), a.month()));
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }

        db.flyway("latest").migrate();

        Map<CategoryTotals.Key, Row> totals = new HashMap<>();
        try (Connection c = db.connect(); ResultSet rows = c.createStatement().executeQuery(
                "SELECT user_id, day, account_id, category_id, income_minor, expense_minor, month "
                        + "FROM category_day_totals")) {
            while (rows.next()) {
                totals.put(new CategoryTotals.Key(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4)),
                        new Row(rows.getLong(5), rows.getLong(6), rows.getLong(7)));
            }
        }
        assertThat(expected).hasSizeGreaterThan(500);
        assertThat(totals).isEqualTo(expected);

        assertPeriodTotals(db, expected, "category_month_totals", "month", (key, row) -> row.month());
        assertPeriodTotals(db, expected, "category_week_totals", "week",
                (key, row) -> CategoryTotals.weekOf(key.day()));
        assertThat(db.flyway("latest").info().pending()).isEmpty();
    }

    /** The totals of a table per period equal the expected day totals summed per period. */
    private static void assertPeriodTotals(MigrationDatabase db, Map<CategoryTotals.Key, Row> days, String table,
            String column, ToLongBiFunction<CategoryTotals.Key, Row> periodOf) throws Exception {
        Map<CategoryTotals.PeriodKey, List<Long>> expected = new HashMap<>();
        days.forEach((key, row) -> expected.merge(new CategoryTotals.PeriodKey(key.userId(),
                periodOf.applyAsLong(key, row), key.accountId(), key.categoryId()), List.of(row.income(),
                row.expense()), (a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1))));
        Map<CategoryTotals.PeriodKey, List<Long>> stored = new HashMap<>();
        try (Connection c = db.connect(); ResultSet rows = c.createStatement().executeQuery(
                "SELECT user_id, " + column + ", account_id, category_id, income_minor, expense_minor FROM " + table)) {
            while (rows.next()) {
                stored.put(new CategoryTotals.PeriodKey(rows.getLong(1), rows.getLong(2), rows.getLong(3),
                        rows.getLong(4)), List.of(rows.getLong(5), rows.getLong(6)));
            }
        }
        assertThat(stored).as(table).isEqualTo(expected);
    }
}
