package app.ledger.journal.spending;

import app.ledger.persistence.SessionStatement;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Expense per day and per month, account and payee, and the same per tag, kept by the ledger writer inside
 * its transaction (see {@link LabelTotals}), so that spending by payee or tag reads a few rows per month
 * instead of every entry. The SQL is the same on SQLite and PostgreSQL: one multi-row upsert per table and
 * few hundred rows, since an import touches thousands of (day, payee) pairs.
 */
@ApplicationScoped
public class LabelTotalsRepository {

    private static final Upsert PAYEE_DAY = upsertDay("payee_day_totals", "payee");
    private static final Upsert PAYEE_MONTH = upsertMonth("payee_month_totals", "payee");
    private static final Upsert TAG_DAY = upsertDay("tag_day_totals", "tag");
    private static final Upsert TAG_MONTH = upsertMonth("tag_month_totals", "tag");

    private record Upsert(String insert, String onConflict) {
    }

    private static Upsert upsertDay(String table, String label) {
        return new Upsert("INSERT INTO " + table + " (user_id, day, account_id, " + label + ", month, name, "
                + "expense_minor) VALUES ", adding(table, "user_id, day, account_id, " + label));
    }

    private static Upsert upsertMonth(String table, String label) {
        return new Upsert("INSERT INTO " + table + " (user_id, month, account_id, " + label + ", name, "
                + "expense_minor) VALUES ", adding(table, "user_id, month, account_id, " + label));
    }

    private static String adding(String table, String key) {
        return " ON CONFLICT (" + key + ") DO UPDATE SET name = excluded.name, expense_minor = " + table
                + ".expense_minor + excluded.expense_minor";
    }

    /** Applies a batch's changes in the caller's (the writer's) transaction: payees, then tags; days, then months. */
    public Uni<Void> apply(LabelTotals.Changes changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return apply(PAYEE_DAY, PAYEE_MONTH, changes.payees()).chain(() -> apply(TAG_DAY, TAG_MONTH, changes.tags()));
    }

    private static Uni<Void> apply(Upsert day, Upsert month, List<LabelTotals.Change> changes) {
        return SessionStatement.insertAll(day.insert(), changes, change -> new Object[] {change.key().userId(),
                        change.key().day(), change.key().accountId(), change.key().label(), change.key().month(),
                        change.name(), change.expenseMinor()}, day.onConflict())
                .chain(() -> SessionStatement.insertAll(month.insert(), LabelTotals.byMonth(changes),
                        change -> new Object[] {change.key().userId(), change.key().month(),
                                change.key().accountId(), change.key().label(), change.name(), change.expenseMinor()},
                        month.onConflict()));
    }
}
