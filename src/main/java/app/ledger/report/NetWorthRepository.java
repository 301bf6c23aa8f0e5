package app.ledger.report;

import app.ledger.persistence.read.DirectReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The balances behind the net worth, from each account's current balance and its net per day
 * (account_day_totals, kept by the ledger writer): the balance at the end of a day is the current balance
 * less the nets of the later days. One statement, so that the balances and the nets are of the same
 * moment; it reads one row per account and per day with entries inside the range, plus, per account, the
 * sum of the days after it, each a range scan of the primary key (account_id, day). The SQL is the same on
 * SQLite and PostgreSQL.
 */
@ApplicationScoped
public class NetWorthRepository {

    /**
     * The balance of an account at the end of {@code to} (with day null), or the net of one of its days
     * after {@code after} and up to {@code to}.
     */
    public record Row(long accountId, Long day, long minor) {
    }

    private final DirectReads reads;

    public NetWorthRepository(DirectReads reads) {
        this.reads = reads;
    }

    public Uni<List<Row>> balancesAndNets(List<Long> accountIds, LocalDate after, LocalDate to) {
        if (accountIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String ids = String.join(", ", Collections.nCopies(accountIds.size(), "?"));
        String sql = "SELECT a.id, 0, 0, CAST(a.balance_minor - COALESCE((SELECT SUM(t.net_minor) "
                + "FROM account_day_totals t WHERE t.account_id = a.id AND t.day > ?), 0) AS BIGINT) "
                + "FROM accounts a WHERE a.id IN (" + ids + ") "
                + "UNION ALL SELECT account_id, 1, day, net_minor FROM account_day_totals "
                + "WHERE account_id IN (" + ids + ") AND day > ? AND day <= ?";
        List<Object> params = new ArrayList<>(2 * accountIds.size() + 3);
        params.add(to.toEpochDay());
        params.addAll(accountIds);
        params.addAll(accountIds);
        params.add(after.toEpochDay());
        params.add(to.toEpochDay());
        return reads.list(sql, params, row -> new Row(row.getLong(0), row.getLong(1) == 0 ? null : row.getLong(2),
                row.getLong(3)));
    }
}
