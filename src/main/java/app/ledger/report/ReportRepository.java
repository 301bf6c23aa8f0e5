package app.ledger.report;

import app.ledger.persistence.read.DirectReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The sums behind the reports, from category_day_totals (kept by the ledger writer, see
 * app.ledger.journal.spending): one range scan of the user's days on the primary key, grouped by account,
 * period and category in the database, so that the answer has one row per account, period and category
 * whatever the number of entries. The SQL is the same on SQLite and PostgreSQL.
 */
@ApplicationScoped
public class ReportRepository {

    /** The sums of one account in one period, and of one category when grouped by it. */
    public record Sum(long accountId, long bucket, long categoryId, long incomeMinor, long expenseMinor) {
    }

    private final DirectReads reads;

    public ReportRepository(DirectReads reads) {
        this.reads = reads;
    }

    /**
     * @param accountIds the accounts to sum, all of them; the user's accounts in the range are the rows of
     *        user_id, so the list narrows them
     * @param byCategory whether to keep the categories apart (otherwise categoryId is 0 in every sum)
     */
    public Uni<List<Sum>> sums(long userId, ReportPeriods periods, long fromDay, long toDay, List<Long> accountIds,
            boolean byCategory) {
        if (accountIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String bucket = periods.bucketSql();
        String category = byCategory ? "category_id" : "0";
        String sql = "SELECT account_id, " + bucket + ", " + category + ", CAST(SUM(income_minor) AS BIGINT), "
                + "CAST(SUM(expense_minor) AS BIGINT) FROM category_day_totals "
                + "WHERE user_id = ? AND day >= ? AND day <= ? AND account_id IN ("
                + String.join(", ", Collections.nCopies(accountIds.size(), "?")) + ") "
                + "GROUP BY account_id, " + bucket + (byCategory ? ", category_id" : "");
        List<Object> params = new ArrayList<>(accountIds.size() + 3);
        params.add(userId);
        params.add(fromDay);
        params.add(toDay);
        params.addAll(accountIds);
        return reads.list(sql, params, row -> new Sum(row.getLong(0), row.getLong(1), row.getLong(2),
                row.getLong(3), row.getLong(4)));
    }
}
