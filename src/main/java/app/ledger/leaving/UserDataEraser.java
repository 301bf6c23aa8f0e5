package app.ledger.leaving;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Deletes a user and every row that is theirs, in one transaction: all of it or, on any failure, none.
 *
 * <p>Every table that holds a user's data is listed in {@link #DELETIONS}, children before parents. A table
 * added later must be added here; AccountDeletionTest compares every table before a user came and after they
 * left, so a forgotten one fails it.
 *
 * <p>The user's security history (audit log) goes too: nothing of theirs remains. It records what happened to
 * an account, and there is no account left to look after; a copy is in the export.
 *
 * <p>Racing writes. On SQLite every write transaction takes the database's write lock when it begins
 * (transaction_mode=IMMEDIATE), so this transaction runs entirely before or entirely after any other write,
 * the ledger writer's batches included: a write committed before is deleted with the rest; one applied after
 * finds no account (or entry, category …) and is refused with its usual 404 problem, nothing written. On
 * PostgreSQL it first locks the user's entries, then their accounts (each in id order, as the ledger writer
 * does, so the two never wait for each other in a cycle), then the user's row, which makes every insert that
 * refers to the user (a login, a new category) wait and then fail instead of slipping in after the delete of
 * its table. The statements then see everything committed before them. A conflict PostgreSQL still reports
 * (a deadlock with an unrelated writer, or a row that arrived between two statements) rolls all of it back,
 * and {@link #erase} tries again.
 */
@ApplicationScoped
public class UserDataEraser {

    static final int ATTEMPTS = 3;

    private static final List<String> POSTGRES_LOCKS = List.of(
            "SELECT id FROM entries WHERE user_id = ?1 ORDER BY id FOR UPDATE",
            "SELECT id FROM accounts WHERE user_id = ?1 ORDER BY id FOR UPDATE",
            "SELECT id FROM users WHERE id = ?1 FOR UPDATE");

    private static final String SESSIONS = "SELECT id FROM sessions WHERE user_id = ?1";

    /** Children before their parents; ?1 is the user's id. */
    static final List<String> DELETIONS = List.of(
            "DELETE FROM budget_alerts WHERE budget_id IN (SELECT id FROM budgets WHERE user_id = ?1)",
            "DELETE FROM budgets WHERE user_id = ?1",
            "DELETE FROM recurring_occurrences WHERE schedule_id IN "
                    + "(SELECT id FROM recurring_schedules WHERE user_id = ?1)",
            "DELETE FROM recurring_schedules WHERE user_id = ?1",
            "DELETE FROM import_rows WHERE import_id IN (SELECT id FROM imports WHERE user_id = ?1)",
            "DELETE FROM imports WHERE user_id = ?1",
            "DELETE FROM import_profiles WHERE user_id = ?1",
            "DELETE FROM entry_changes WHERE user_id = ?1",
            "DELETE FROM entries WHERE user_id = ?1",
            "DELETE FROM account_day_totals WHERE account_id IN (SELECT id FROM accounts WHERE user_id = ?1)",
            "DELETE FROM account_block_totals WHERE account_id IN (SELECT id FROM accounts WHERE user_id = ?1)",
            "DELETE FROM category_day_totals WHERE user_id = ?1",
            "DELETE FROM category_week_totals WHERE user_id = ?1",
            "DELETE FROM category_month_totals WHERE user_id = ?1",
            "DELETE FROM payee_day_totals WHERE user_id = ?1",
            "DELETE FROM payee_month_totals WHERE user_id = ?1",
            "DELETE FROM tag_day_totals WHERE user_id = ?1",
            "DELETE FROM tag_month_totals WHERE user_id = ?1",
            "DELETE FROM payees WHERE user_id = ?1",
            "DELETE FROM idempotency_records WHERE user_id = ?1",
            "DELETE FROM exchange_rates WHERE user_id = ?1",
            "DELETE FROM categories WHERE user_id = ?1",
            "DELETE FROM accounts WHERE user_id = ?1",
            "DELETE FROM recovery_codes WHERE user_id = ?1",
            "DELETE FROM totp_credentials WHERE user_id = ?1",
            "DELETE FROM audit_events WHERE user_id = ?1",
            "DELETE FROM audit_chains WHERE user_id = ?1",
            "DELETE FROM sessions WHERE user_id = ?1",
            "DELETE FROM personal_tokens WHERE user_id = ?1",
            "DELETE FROM passkey_challenges_used WHERE user_id = ?1",
            "DELETE FROM passkeys WHERE user_id = ?1",
            "DELETE FROM identity_links WHERE user_id = ?1",
            "DELETE FROM users WHERE id = ?1");

    private final boolean postgres;

    public UserDataEraser(@ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.postgres = "postgresql".equals(dbKind);
    }

    /** Deletes the user and their data; answers the ids of the sessions that were deleted with them. */
    public Uni<List<String>> erase(long userId) {
        return attempt(userId, 1);
    }

    private Uni<List<String>> attempt(long userId, int attempt) {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> inTransaction(session, userId)))
                .onFailure(failure -> attempt < ATTEMPTS && Conflicts.isTransient(failure))
                .recoverWithUni(failure -> {
                    Log.infof("Deleting user %d met a concurrent write (%s); trying again", userId,
                            failure.toString());
                    return attempt(userId, attempt + 1);
                });
    }

    private Uni<List<String>> inTransaction(Mutiny.Session session, long userId) {
        Uni<Void> locked = Uni.createFrom().voidItem();
        if (postgres) {
            for (String lock : POSTGRES_LOCKS) {
                locked = locked.chain(() -> session.createNativeQuery(lock, Object.class).setParameter(1, userId)
                        .getResultList().replaceWithVoid());
            }
        }
        return locked
                .chain(() -> session.createNativeQuery(SESSIONS, String.class).setParameter(1, userId)
                        .getResultList())
                .call(ignored -> {
                    Uni<Void> deleted = Uni.createFrom().voidItem();
                    for (String deletion : DELETIONS) {
                        deleted = deleted.chain(() -> session.createNativeQuery(deletion).setParameter(1, userId)
                                .executeUpdate().replaceWithVoid());
                    }
                    return deleted;
                });
    }
}
