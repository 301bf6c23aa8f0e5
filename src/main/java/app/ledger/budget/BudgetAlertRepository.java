package app.ledger.budget;

import app.ledger.category.CategoryKind;
import app.ledger.category.CategoryView;
import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.persistence.SessionStatement;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the budget check reads and writes inside the ledger writer's transaction (its session), after the
 * batch has added to category_month_totals: so it sees the batch's own spending and, since writers take
 * the entry id counter's lock first, everything committed before. The SQL is the same on SQLite and
 * PostgreSQL.
 */
@ApplicationScoped
public class BudgetAlertRepository {

    /** A budget that covers a category a batch spent in: its own, or its parent. */
    record Covering(long spentCategoryId, long budgetId, long userId, CategoryView category, String currency,
            long limitMinor) {
    }

    private static final String COVERING = "SELECT c.id, b.id, b.user_id, b.currency, b.amount_minor, bc.id, "
            + "bc.name, bc.kind, bc.color, bc.parent_id, bc.archived_at FROM categories c "
            + "JOIN budgets b ON b.category_id = c.id OR b.category_id = c.parent_id "
            + "JOIN categories bc ON bc.id = b.category_id WHERE c.id IN (";
    private static final String SPENT = "SELECT COUNT(*), CAST(COALESCE(SUM(t.expense_minor), 0) AS BIGINT) "
            + "FROM category_month_totals t JOIN accounts a ON a.id = t.account_id "
            + "WHERE t.user_id = ? AND t.month = ? AND a.user_id = ? AND a.currency = ? AND (t.category_id = ? "
            + "OR t.category_id IN (SELECT id FROM categories WHERE user_id = ? AND parent_id = ?))";
    private static final String MARK_SENT = "INSERT INTO budget_alerts (budget_id, month, threshold, spent_minor, "
            + "sent_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (budget_id, month, threshold) DO NOTHING";

    /** The budgets that cover these categories (one row per category and budget). */
    Uni<List<Covering>> covering(Collection<Long> categoryIds) {
        List<Long> ids = categoryIds.stream().distinct().sorted().toList();
        SessionStatement select = new SessionStatement(COVERING, ids.size());
        for (int i = 0; i < ids.size(); i++) {
            select.sql(i == 0 ? "" : ", ").value(ids.get(i));
        }
        return select.sql(")").select().map(rows -> {
            List<Covering> covering = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                CategoryView category = new CategoryView(number(row[5]), (String) row[6],
                        CategoryKind.fromCode((String) row[7]).orElse(null), (String) row[8],
                        row[9] == null ? null : number(row[9]), row[10] != null);
                covering.add(new Covering(number(row[0]), number(row[1]), number(row[2]), category,
                        (String) row[3], number(row[4])));
            }
            return covering;
        });
    }

    /** What the user spent in the month in the category and its sub-categories, over accounts in the currency. */
    Uni<Long> spent(long userId, long month, String currency, long categoryId) {
        return SessionStatement.of(SPENT, userId, month, userId, currency, categoryId, userId, categoryId).select()
                .map(rows -> rows.get(0))
                .map(row -> number(row[1]));
    }

    /**
     * Records that the threshold was reached for the budget in the month; answers false when it had been
     * recorded already (by an earlier transaction, here or on another instance): then nobody sends it again.
     */
    Uni<Boolean> markSent(long budgetId, long month, int threshold, long spentMinor, Instant at) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(MARK_SENT)
                .setParameter(1, budgetId)
                .setParameter(2, month)
                .setParameter(3, threshold)
                .setParameter(4, spentMinor)
                .setParameter(5, InstantMicrosConverter.toMicros(at))
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    private static long number(Object cell) {
        return ((Number) cell).longValue();
    }
}
