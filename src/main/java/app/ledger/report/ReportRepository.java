package app.ledger.report;

import app.ledger.journal.spending.CategoryTotals;
import app.ledger.persistence.read.DirectReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The sums behind the reports, from the totals the ledger writer keeps (see app.ledger.journal.spending):
 * the whole months of a range from category_month_totals, the days before the first and after the last whole
 * month from category_day_totals, and for weeks the whole weeks from category_week_totals. Each part is one range scan of the user's rows
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
        LocalDate firstMonday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate lastSunday = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        if (periods.interval() == ReportInterval.WEEK && !accountIds.isEmpty() && firstMonday.isBefore(lastSunday)) {
            return weekSums(userId, periods, from, to, firstMonday, lastSunday, accountIds, byCategory);
        }
        return inParts("category", periods, from, to, accountIds, (table, column, first, last) ->
                query(table, column, first, last, userId, periods, accountIds, byCategory));
    }

    /**
     * Weeks over a range: its whole Monday-to-Sunday weeks from category_week_totals, the days before and after
     * them from category_day_totals. For a user whose weeks start on another day, each Monday-to-Sunday week
     * also holds the last days of the range's week that starts after its Monday (a Sunday, for weeks from
     * Sunday): those days are read again and moved from the one week to the other. Summing five years of days
     * by week in the database sorted every day row; this reads a seventh of them (and another seventh per
     * moved weekday), each in key order.
     */
    private Uni<List<Sum>> weekSums(long userId, ReportPeriods periods, LocalDate from, LocalDate to,
            LocalDate firstMonday, LocalDate lastSunday, List<Long> accountIds, boolean byCategory) {
        String category = byCategory ? "category_id" : "0";
        String grouped = byCategory ? "" : " GROUP BY week, account_id";
        String sums = byCategory ? "income_minor, expense_minor"
                : "CAST(SUM(income_minor) AS BIGINT), CAST(SUM(expense_minor) AS BIGINT)";
        List<Sum> all = new ArrayList<>();
        Uni<Void> weeks = reads.list("SELECT account_id, week, " + category + ", " + sums
                        + " FROM category_week_totals WHERE user_id = ? AND week >= ? AND week <= ? AND account_id IN ("
                        + marks(accountIds) + ")" + grouped,
                params(userId, CategoryTotals.weekOf(firstMonday.toEpochDay()),
                        CategoryTotals.weekOf(lastSunday.toEpochDay()), accountIds),
                row -> new Sum(row.getLong(0), periods.bucketOf(CategoryTotals.mondayOf(row.getLong(1))),
                        row.getLong(2), row.getLong(3), row.getLong(4)))
                .invoke(all::addAll).replaceWithVoid();
        Uni<Void> head = from.isBefore(firstMonday) ? query("category_day_totals", "day", from.toEpochDay(),
                firstMonday.toEpochDay() - 1, userId, periods, accountIds, byCategory).invoke(all::addAll)
                .replaceWithVoid() : Uni.createFrom().voidItem();
        Uni<Void> tail = lastSunday.isBefore(to) ? query("category_day_totals", "day", lastSunday.toEpochDay() + 1,
                to.toEpochDay(), userId, periods, accountIds, byCategory).invoke(all::addAll)
                .replaceWithVoid() : Uni.createFrom().voidItem();
        return weeks.chain(() -> head).chain(() -> tail)
                .chain(() -> movedDays(userId, periods, firstMonday, lastSunday, accountIds, byCategory))
                .invoke(all::addAll).replaceWith(all);
    }

    /**
     * The days of the whole Monday-to-Sunday weeks that belong to the user's next week, each as two sums: taken
     * from the week of its Monday and added to its own.
     */
    private Uni<List<Sum>> movedDays(long userId, ReportPeriods periods, LocalDate firstMonday,
            LocalDate lastSunday, List<Long> accountIds, boolean byCategory) {
        int moved = (DayOfWeek.MONDAY.getValue() - periods.firstDayOfWeek().getValue() + 7) % 7;
        if (moved == 0) {
            return Uni.createFrom().item(List.of());
        }
        List<Object> params = new ArrayList<>();
        params.add(userId);
        for (LocalDate monday = firstMonday; monday.isBefore(lastSunday); monday = monday.plusWeeks(1)) {
            for (int i = 7 - moved; i < 7; i++) {
                params.add(monday.plusDays(i).toEpochDay());
            }
        }
        int days = params.size() - 1;
        params.addAll(accountIds);
        String sql = "SELECT day, account_id, " + (byCategory ? "category_id" : "0")
                + ", CAST(SUM(income_minor) AS BIGINT), CAST(SUM(expense_minor) AS BIGINT) FROM category_day_totals "
                + "WHERE user_id = ? AND day IN (" + String.join(", ", Collections.nCopies(days, "?"))
                + ") AND account_id IN (" + marks(accountIds) + ") GROUP BY day, account_id"
                + (byCategory ? ", category_id" : "");
        return reads.list(sql, params, row -> {
            long day = row.getLong(0);
            long monday = CategoryTotals.mondayOf(CategoryTotals.weekOf(day)).toEpochDay();
            return List.of(new Sum(row.getLong(1), periods.bucketOf(LocalDate.ofEpochDay(monday)), row.getLong(2),
                            -row.getLong(3), -row.getLong(4)),
                    new Sum(row.getLong(1), periods.bucketOf(LocalDate.ofEpochDay(day)), row.getLong(2),
                            row.getLong(3), row.getLong(4)));
        }).map(pairs -> pairs.stream().flatMap(List::stream).toList());
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
