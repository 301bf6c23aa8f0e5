package app.ledger.journal.spending;

import app.ledger.support.InOrder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Expense per day and per month, account and payee, and the same per tag, kept by the ledger writer inside
 * its transaction (see {@link LabelTotals}), so that spending by payee or tag reads a few rows per month
 * instead of every entry. The SQL is the same on SQLite and PostgreSQL.
 */
@ApplicationScoped
public class LabelTotalsRepository {

    private static final String PAYEE_DAY = upsertDay("payee_day_totals", "payee");
    private static final String PAYEE_MONTH = upsertMonth("payee_month_totals", "payee");
    private static final String TAG_DAY = upsertDay("tag_day_totals", "tag");
    private static final String TAG_MONTH = upsertMonth("tag_month_totals", "tag");

    private static String upsertDay(String table, String label) {
        return "INSERT INTO " + table + " (user_id, day, account_id, " + label + ", month, name, expense_minor) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (user_id, day, account_id, " + label + ") "
                + "DO UPDATE SET name = excluded.name, expense_minor = " + table + ".expense_minor + "
                + "excluded.expense_minor";
    }

    private static String upsertMonth(String table, String label) {
        return "INSERT INTO " + table + " (user_id, month, account_id, " + label + ", name, expense_minor) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (user_id, month, account_id, " + label + ") "
                + "DO UPDATE SET name = excluded.name, expense_minor = " + table + ".expense_minor + "
                + "excluded.expense_minor";
    }

    /** Applies a batch's changes in the caller's (the writer's) transaction: payees, then tags; days, then months. */
    public Uni<Void> apply(LabelTotals.Changes changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return apply(PAYEE_DAY, PAYEE_MONTH, changes.payees()).chain(() -> apply(TAG_DAY, TAG_MONTH, changes.tags()));
    }

    private static Uni<Void> apply(String daySql, String monthSql, List<LabelTotals.Change> changes) {
        return InOrder.each(changes, change -> run(daySql, change.key().userId(), change.key().day(),
                        change.key().accountId(), change.key().label(), change.key().month(), change.name(),
                        change.expenseMinor()))
                .chain(() -> InOrder.each(LabelTotals.byMonth(changes), change -> run(monthSql,
                        change.key().userId(), change.key().month(), change.key().accountId(), change.key().label(),
                        change.name(), change.expenseMinor())));
    }

    private static Uni<Integer> run(String sql, Object... values) {
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery(sql);
            for (int i = 0; i < values.length; i++) {
                query.setParameter(i + 1, values[i]);
            }
            return query.executeUpdate();
        });
    }
}
