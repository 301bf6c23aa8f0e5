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
 * PostgreSQL.
 */
@ApplicationScoped
public class ReportRepository {

    /** The sums of one account in one period (or part of it), and of one category when grouped by it. */
    public record Sum(long accountId, long bucket, long categoryId, long incomeMinor, long expenseMinor) {
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
        if (accountIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.with(TemporalAdjusters.firstDayOfNextMonth());
        LocalDate lastWhole = to.equals(to.with(TemporalAdjusters.lastDayOfMonth())) ? to
                : to.withDayOfMonth(1).minusDays(1);
        if (periods.interval() == ReportInterval.WEEK || firstWhole.isAfter(lastWhole)) {
            return query("category_day_totals", "day", from.toEpochDay(), to.toEpochDay(), userId, periods,
                    accountIds, byCategory);
        }
        List<Sum> sums = new ArrayList<>();
        Uni<Void> months = query("category_month_totals", "month", CategoryTotals.monthOf(firstWhole),
                CategoryTotals.monthOf(lastWhole), userId, periods, accountIds, byCategory).invoke(sums::addAll)
                .replaceWithVoid();
        Uni<Void> head = from.isBefore(firstWhole) ? query("category_day_totals", "day", from.toEpochDay(),
                firstWhole.toEpochDay() - 1, userId, periods, accountIds, byCategory).invoke(sums::addAll)
                .replaceWithVoid() : Uni.createFrom().voidItem();
        Uni<Void> tail = lastWhole.isBefore(to) ? query("category_day_totals", "day", lastWhole.toEpochDay() + 1,
                to.toEpochDay(), userId, periods, accountIds, byCategory).invoke(sums::addAll)
                .replaceWithVoid() : Uni.createFrom().voidItem();
        return months.chain(() -> head).chain(() -> tail).replaceWith(sums);
    }

    private Uni<List<Sum>> query(String table, String rangeColumn, long first, long last, long userId,
            ReportPeriods periods, List<Long> accountIds, boolean byCategory) {
        String bucket = periods.bucketSql();
        String category = byCategory ? "category_id" : "0";
        String sql = "SELECT account_id, " + bucket + ", " + category + ", CAST(SUM(income_minor) AS BIGINT), "
                + "CAST(SUM(expense_minor) AS BIGINT) FROM " + table + " "
                + "WHERE user_id = ? AND " + rangeColumn + " >= ? AND " + rangeColumn + " <= ? AND account_id IN ("
                + String.join(", ", Collections.nCopies(accountIds.size(), "?")) + ") "
                + "GROUP BY account_id, " + bucket + (byCategory ? ", category_id" : "");
        List<Object> params = new ArrayList<>(accountIds.size() + 3);
        params.add(userId);
        params.add(first);
        params.add(last);
        params.addAll(accountIds);
        return reads.list(sql, params, row -> new Sum(row.getLong(0), row.getLong(1), row.getLong(2),
                row.getLong(3), row.getLong(4)));
    }
}
