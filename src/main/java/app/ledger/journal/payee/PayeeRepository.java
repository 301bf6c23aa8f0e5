package app.ledger.journal.payee;

import app.ledger.persistence.read.Cells;
import app.ledger.persistence.read.DirectReads;
import app.ledger.persistence.read.RowLimit;
import app.ledger.support.InOrder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * The payee table: kept by the ledger writer inside its transaction, read for suggestions on the direct
 * read path. The SQL is the same on SQLite and PostgreSQL.
 */
@ApplicationScoped
public class PayeeRepository {

    private static final String ADD = "INSERT INTO payees (user_id, folded, name, uses, last_occurred_on) "
            + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (user_id, folded) DO UPDATE SET name = excluded.name, "
            + "uses = payees.uses + excluded.uses, last_occurred_on = CASE "
            + "WHEN excluded.last_occurred_on > payees.last_occurred_on THEN excluded.last_occurred_on "
            + "ELSE payees.last_occurred_on END";
    private static final String TAKE_AWAY = "UPDATE payees SET uses = uses + ?3 WHERE user_id = ?1 AND folded = ?2";
    private static final String FORGET_UNUSED = "DELETE FROM payees WHERE user_id = ?1 AND folded = ?2 AND uses <= 0";

    private static final String COLUMNS = "SELECT name, uses, last_occurred_on FROM payees WHERE user_id = ? ";
    private static final String MOST_USED = COLUMNS
            + "ORDER BY uses DESC, last_occurred_on DESC, folded";
    private static final String MATCHING = COLUMNS + "AND folded LIKE ? ESCAPE '\\' "
            + "ORDER BY CASE WHEN folded LIKE ? ESCAPE '\\' THEN 0 ELSE 1 END, uses DESC, last_occurred_on DESC, "
            + "folded";

    private final DirectReads reads;

    public PayeeRepository(DirectReads reads) {
        this.reads = reads;
    }

    /** Applies a batch's changes in the caller's (the writer's) transaction, row by row in the tally's order. */
    public Uni<Void> apply(List<PayeeTally.Change> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().flatMap(session -> InOrder.each(changes, change -> {
            Uni<Integer> counted = change.name() != null
                    ? session.createNativeQuery(ADD)
                            .setParameter(1, change.userId()).setParameter(2, change.folded())
                            .setParameter(3, change.name()).setParameter(4, (long) change.delta())
                            .setParameter(5, change.lastOccurredOn().toEpochDay()).executeUpdate()
                    : session.createNativeQuery(TAKE_AWAY)
                            .setParameter(1, change.userId()).setParameter(2, change.folded())
                            .setParameter(3, (long) change.delta()).executeUpdate();
            return change.delta() > 0 ? counted : counted.chain(() -> session.createNativeQuery(FORGET_UNUSED)
                    .setParameter(1, change.userId()).setParameter(2, change.folded()).executeUpdate());
        }));
    }

    /**
     * The user's payees whose folded name contains {@code folded} (all when it is empty), those that start
     * with it first, then the most used, then the most recent.
     */
    public Uni<List<PayeeView>> suggestions(long userId, String folded, int limit) {
        if (folded.isEmpty()) {
            return reads.list(MOST_USED + RowLimit.of(limit), List.of(userId), PayeeRepository::view);
        }
        String literal = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return reads.list(MATCHING + RowLimit.of(limit), List.of(userId, "%" + literal + "%", literal + "%"),
                PayeeRepository::view);
    }

    private static PayeeView view(Cells row) {
        return new PayeeView(row.getString(0), row.getLong(1), LocalDate.ofEpochDay(row.getLong(2)));
    }
}
