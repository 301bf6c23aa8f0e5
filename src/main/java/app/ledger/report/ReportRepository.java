package app.ledger.report;

import app.ledger.journal.spending.CategoryTotals;
import app.ledger.persistence.read.DirectReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The sums behind the reports, from the totals the ledger writer keeps (see app.ledger.journal.spending):
 * the whole months of a range from category_month_totals, the days before the first and after the last whole
 * month (and every day, for weeks) from category_day_totals. Each part is one range scan of the user's rows
 * on a primary key, grouped by account, period and category in the database, so that the answer has one row
 * per account, period and category whatever the number of entries. The SQL is the same on SQLite and
 * PostgreSQL. Spending by payee or tag reads payee_ and tag_ day and month totals the same way.
 */
@ApplicationScoped
public class ReportRepository {

    /** The sums of one account in one period (or part of it), and of one category when grouped by it. */
    public record Sum(long accountId, long bucket, long categoryId, long incomeMinor, long expenseMinor) {
    }

    /**
     * The expense of one account in one period (or part of it) for one payee or tag.
     *
     * @param label folded, empty for none
     * @param name the label as written (of the rows summed, the greatest spelling)
     */
    public record LabelSum(long accountId, long bucket, String label, String name, long expenseMinor) {
    }

    private final DirectReads reads;

    public ReportRepository(DirectReads reads) {
        this.reads = reads;
    }

    /**
     * The sums of these accounts from {@code from} to {@code to}, both included; one period may come in
     * several parts, to be added up.
     *
     * @param byCategory whether to keep the categories apart (otherwise categoryId is 0 in every sum)
     */
    public Uni<List<Sum>> sums(long userId, ReportPeriods periods, LocalDate from, LocalDate to,
            List<Long> accountIds, boolean byCategory) {
        return inParts("category", periods, from, to, accountIds, (table, column, first, last) ->
                query(table, column, first, last, userId, periods, accountIds, byCategory));
    }

    /**
     * The expense of these accounts per period and payee or tag (folded, empty for none), from {@code from} to
     * {@code to}, both included; one period may come in several parts, to be added up.
     *
     * @param label "payee" or "tag": the totals to read (never from a request)
     */
    public Uni<List<LabelSum>> labelSums(long userId, ReportPeriods periods, LocalDate from, LocalDate to,
            List<Long> accountIds, String label) {
        return inParts(label, periods, from, to, accountIds, (table, column, first, last) -> {
            String bucket = periods.bucketSql();
            String sql = "SELECT account_id, " + bucket + ", " + label + ", MAX(name), "
                    + "CAST(SUM(expense_minor) AS BIGINT) FROM " + table + " WHERE user_id = ? AND " + column
                    + " >= ? AND " + column + " <= ? AND account_id IN (" + marks(accountIds) + ") "
                    + "GROUP BY account_id, " + bucket + ", " + label;
            return reads.list(sql, params(userId, first, last, accountIds), row -> new LabelSum(row.getLong(0),
                    row.getLong(1), row.getString(2), row.getString(3), row.getLong(4)));
        });
    }

    /** One range read of a totals table: its name, the column ranged over (day or month) and the range. */
    private interface Part<T> {
        Uni<List<T>> read(String table, String column, long first, long last);
    }

    /**
     * Reads the whole months of the range from the month totals of {@code prefix} and the days before and
     * after them (every day, for weeks and days) from its day totals.
     */
    private static <T> Uni<List<T>> inParts(String prefix, ReportPeriods periods, LocalDate from, LocalDate to,
            List<Long> accountIds, Part<T> part) {
        if (accountIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String days = prefix + "_day_totals";
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.with(TemporalAdjusters.firstDayOfNextMonth());
        LocalDate lastWhole = to.equals(to.with(TemporalAdjusters.lastDayOfMonth())) ? to
                : to.withDayOfMonth(1).minusDays(1);
        if (periods.interval() == ReportInterval.WEEK || periods.interval() == ReportInterval.DAY
                || firstWhole.isAfter(lastWhole)) {
            return part.read(days, "day", from.toEpochDay(), to.toEpochDay());
        }
        List<T> sums = new ArrayList<>();
        Uni<Void> months = part.read(prefix + "_month_totals", "month", CategoryTotals.monthOf(firstWhole),
                CategoryTotals.monthOf(lastWhole)).invoke(sums::addAll).replaceWithVoid();
        Uni<Void> head = from.isBefore(firstWhole) ? part.read(days, "day", from.toEpochDay(),
                firstWhole.toEpochDay() - 1).invoke(sums::addAll).replaceWithVoid() : Uni.createFrom().voidItem();
        Uni<Void> tail = lastWhole.isBefore(to) ? part.read(days, "day", lastWhole.toEpochDay() + 1,
                to.toEpochDay()).invoke(sums::addAll).replaceWithVoid() : Uni.createFrom().voidItem();
        return months.chain(() -> head).chain(() -> tail).replaceWith(sums);
    }

    private Uni<List<Sum>> query(String table, String rangeColumn, long first, long last, long userId,
            ReportPeriods periods, List<Long> accountIds, boolean byCategory) {
        String bucket = periods.bucketSql();
        String category = byCategory ? "category_id" : "0";
        String sql = "SELECT account_id, " + bucket + ", " + category + ", CAST(SUM(income_minor) AS BIGINT), "
                + "CAST(SUM(expense_minor) AS BIGINT) FROM " + table + " "
                + "WHERE user_id = ? AND " + rangeColumn + " >= ? AND " + rangeColumn + " <= ? AND account_id IN ("
                + marks(accountIds) + ") "
                + "GROUP BY account_id, " + bucket + (byCategory ? ", category_id" : "");
        return reads.list(sql, params(userId, first, last, accountIds), row -> new Sum(row.getLong(0),
                row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)));
    }

    private static String marks(List<Long> accountIds) {
        return String.join(", ", Collections.nCopies(accountIds.size(), "?"));
    }

    private static List<Object> params(long userId, long first, long last, List<Long> accountIds) {
        List<Object> params = new ArrayList<>(accountIds.size() + 3);
        params.add(userId);
        params.add(first);
        params.add(last);
        params.addAll(accountIds);
        return params;
    }
}
