package app.ledger.budget;

import app.ledger.journal.spending.CategoryTotals;
import app.ledger.persistence.read.DirectReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.List;

/**
 * What a user spent in one month per category and currency, from the totals the ledger writer keeps
 * (category_month_totals, see app.ledger.journal.spending): one range scan of the user's rows of the month on
 * the primary key, however many entries there are. Reversals dated in the month take their amount back there.
 */
@ApplicationScoped
public class MonthSpending {

    /** The expense of one category in one currency; {@code parentId} is the category's parent, if any. */
    record Spent(long categoryId, Long parentId, String currency, long expenseMinor) {

        /** Whether this spending counts for a budget of {@code categoryId} in {@code currency}. */
        boolean countsFor(long budgetCategoryId, String budgetCurrency) {
            return currency.equals(budgetCurrency)
                    && (categoryId == budgetCategoryId || parentId != null && parentId == budgetCategoryId);
        }
    }

    private static final String SPENT = "SELECT t.category_id, c.parent_id, a.currency, "
            + "CAST(SUM(t.expense_minor) AS BIGINT) FROM category_month_totals t "
            + "JOIN accounts a ON a.id = t.account_id JOIN categories c ON c.id = t.category_id "
            + "WHERE t.user_id = ? AND t.month = ? AND a.user_id = ? "
            + "GROUP BY t.category_id, c.parent_id, a.currency";

    private final DirectReads reads;

    public MonthSpending(DirectReads reads) {
        this.reads = reads;
    }

    Uni<List<Spent>> of(long userId, YearMonth month) {
        long index = CategoryTotals.monthOf(month.atDay(1));
        return reads.list(SPENT, List.of(userId, index, userId), row -> new Spent(row.getLong(0),
                row.getNullableLong(1), row.getString(2), row.getLong(3)));
    }

    static long sum(List<Spent> spending, long budgetCategoryId, String currency) {
        long sum = 0;
        for (Spent spent : spending) {
            if (spent.countsFor(budgetCategoryId, currency)) {
                sum = Math.addExact(sum, spent.expenseMinor());
            }
        }
        return sum;
    }
}
