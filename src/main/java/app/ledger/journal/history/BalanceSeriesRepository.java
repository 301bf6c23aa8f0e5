package app.ledger.journal.history;

import app.ledger.journal.Entry;
import app.ledger.persistence.SessionStatement;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The queries behind an account's balance over time. Each one is a seek on an index, (account_id, seq) or
 * (account_id, created_at, seq), so its cost does not grow with the length of the history.
 */
@ApplicationScoped
public class BalanceSeriesRepository implements PanacheRepository<Entry> {

    /**
     * The balance after the last entry at or before each bucket end {@code from + step × i}, i = 1 … count, in
     * one statement: the bucket ends are generated in SQL and each one is a seek on the time index. The casts
     * keep PostgreSQL from taking the step for an integer (it infers a parameter's type from its neighbours).
     */
    private static final String BALANCES_AT_STEPS = """
            WITH RECURSIVE b(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM b WHERE i < CAST(? AS INTEGER))
            SELECT b.i, (SELECT e.balance_after_minor FROM entries e
                         WHERE e.account_id = ?
                           AND e.created_at <= CAST(? AS BIGINT) + CAST(? AS BIGINT) * b.i
                         ORDER BY e.created_at DESC, e.seq DESC LIMIT 1)
            FROM b ORDER BY b.i""";

    /** The first entry of the account, or null when it has none. */
    public Uni<Entry> first(long accountId) {
        return find("accountId = ?1 order by seq", accountId).firstResult();
    }

    /** The last entry at or before a time, or null when there is none. */
    public Uni<Entry> lastAtOrBefore(long accountId, Instant time) {
        return find("accountId = ?1 and createdAt <= ?2 order by createdAt desc, seq desc", accountId, time)
                .firstResult();
    }

    /** Time and balance after of the entries with afterSeq &lt; seq &le; upToSeq, in order. */
    public Uni<List<Object[]>> between(long accountId, long afterSeq, long upToSeq) {
        return getSession().flatMap(session -> session.createSelectionQuery(
                        "select createdAt, balanceAfterMinor from Entry"
                                + " where accountId = ?1 and seq > ?2 and seq <= ?3 order by seq", Object[].class)
                .setParameter(1, accountId)
                .setParameter(2, afterSeq)
                .setParameter(3, upToSeq)
                .getResultList());
    }

    /** Balance in minor units at the end of each of {@code count} steps after {@code fromMicros}; 0 before any entry. */
    public Uni<List<Long>> balancesAtSteps(long accountId, long fromMicros, long stepMicros, int count) {
        if (count <= 0) {
            return Uni.createFrom().item(List.of());
        }
        return SessionStatement.of(BALANCES_AT_STEPS, count, accountId, fromMicros, stepMicros).select()
                .map(rows -> {
                    List<Long> balances = new ArrayList<>(rows.size());
                    for (Object[] row : rows) {
                        balances.add(row[1] == null ? 0L : ((Number) row[1]).longValue());
                    }
                    return balances;
                });
    }
}
