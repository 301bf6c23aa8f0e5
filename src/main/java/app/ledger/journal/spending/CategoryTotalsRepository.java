package app.ledger.journal.spending;

import app.ledger.support.InOrder;
import io.quarkus.hibernate.reactive.panache.Panache;
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
            + "month, income_minor, expense_minor) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
            + "ON CONFLICT (user_id, day, account_id, category_id) DO UPDATE SET "
            + "income_minor = category_day_totals.income_minor + excluded.income_minor, "
            + "expense_minor = category_day_totals.expense_minor + excluded.expense_minor";
    private static final String ADD_TO_MONTH = "INSERT INTO category_month_totals (user_id, month, account_id, "
            + "category_id, income_minor, expense_minor) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
            + "ON CONFLICT (user_id, month, account_id, category_id) DO UPDATE SET "
            + "income_minor = category_month_totals.income_minor + excluded.income_minor, "
            + "expense_minor = category_month_totals.expense_minor + excluded.expense_minor";
    private static final String ADD_TO_WEEK = "INSERT INTO category_week_totals (user_id, week, account_id, "
            + "category_id, income_minor, expense_minor) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
            + "ON CONFLICT (user_id, week, account_id, category_id) DO UPDATE SET "
            + "income_minor = category_week_totals.income_minor + excluded.income_minor, "
            + "expense_minor = category_week_totals.expense_minor + excluded.expense_minor";

    /**
     * Applies a batch's changes in the caller's (the writer's) transaction, to the days in the order given,
     * then to their months and their weeks in the order of {@link CategoryTotals#byMonth} and
     * {@link CategoryTotals#byWeek}.
     */
    public Uni<Void> apply(List<CategoryTotals.Change> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return InOrder.each(changes, change -> add(ADD, change.flow(), change.key().userId(), change.key().day(),
                        change.key().accountId(), change.key().categoryId(), change.key().month()))
                .chain(() -> InOrder.each(CategoryTotals.byMonth(changes), change -> addToPeriod(ADD_TO_MONTH,
                        change)))
                .chain(() -> InOrder.each(CategoryTotals.byWeek(changes), change -> addToPeriod(ADD_TO_WEEK,
                        change)));
    }

    private static Uni<Integer> addToPeriod(String sql, CategoryTotals.PeriodChange change) {
        CategoryTotals.PeriodKey key = change.key();
        return add(sql, change.flow(), key.userId(), key.period(), key.accountId(), key.categoryId());
    }

    /** Runs an upsert: the key's columns first, then the income and the expense added. */
    private static Uni<Integer> add(String sql, CategoryFlow flow, Object... key) {
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery(sql);
            for (int i = 0; i < key.length; i++) {
                query.setParameter(i + 1, key[i]);
            }
            return query.setParameter(key.length + 1, flow.incomeMinor())
                    .setParameter(key.length + 2, flow.expenseMinor()).executeUpdate();
        });
    }
}
