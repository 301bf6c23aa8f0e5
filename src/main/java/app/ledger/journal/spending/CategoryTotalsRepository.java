package app.ledger.journal.spending;

import app.ledger.persistence.SessionStatement;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Income and expense per day, per month and per week, account and category, kept by the ledger writer inside its
 * transaction, so that the reports read a few rows per month or week (and per day at the ends of a range)
 * instead of every entry. The SQL is the same on SQLite and PostgreSQL.
 */
@ApplicationScoped
public class CategoryTotalsRepository {

    private static final String ADD = "INSERT INTO category_day_totals (user_id, day, account_id, category_id, "
            + "month, income_minor, expense_minor) VALUES ";
    private static final String ADD_TO_MONTH = "INSERT INTO category_month_totals (user_id, month, account_id, "
            + "category_id, income_minor, expense_minor) VALUES ";
    private static final String ADD_TO_WEEK = "INSERT INTO category_week_totals (user_id, week, account_id, "
            + "category_id, income_minor, expense_minor) VALUES ";
    private static final String DAY_ADDED = adding("category_day_totals", "day");
    private static final String MONTH_ADDED = adding("category_month_totals", "month");
    private static final String WEEK_ADDED = adding("category_week_totals", "week");

    private static String adding(String table, String period) {
        return " ON CONFLICT (user_id, " + period + ", account_id, category_id) DO UPDATE SET "
                + "income_minor = " + table + ".income_minor + excluded.income_minor, "
                + "expense_minor = " + table + ".expense_minor + excluded.expense_minor";
    }

    /**
     * Applies a batch's changes in the caller's (the writer's) transaction, to the days in the order given,
     * then to their months and their weeks in the order of {@link CategoryTotals#byMonth} and
     * {@link CategoryTotals#byWeek}.
     */
    public Uni<Void> apply(List<CategoryTotals.Change> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return SessionStatement.insertAll(ADD, changes, change -> new Object[] {change.key().userId(),
                        change.key().day(), change.key().accountId(), change.key().categoryId(), change.key().month(),
                        change.flow().incomeMinor(), change.flow().expenseMinor()}, DAY_ADDED)
                .chain(() -> SessionStatement.insertAll(ADD_TO_MONTH, CategoryTotals.byMonth(changes),
                        CategoryTotalsRepository::periodCells, MONTH_ADDED))
                .chain(() -> SessionStatement.insertAll(ADD_TO_WEEK, CategoryTotals.byWeek(changes),
                        CategoryTotalsRepository::periodCells, WEEK_ADDED));
    }

    private static Object[] periodCells(CategoryTotals.PeriodChange change) {
        CategoryTotals.PeriodKey key = change.key();
        return new Object[] {key.userId(), key.period(), key.accountId(), key.categoryId(),
                change.flow().incomeMinor(), change.flow().expenseMinor()};
    }
}
