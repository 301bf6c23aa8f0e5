package app.ledger.rate.lookup;

import app.ledger.persistence.read.DirectReads;
import app.ledger.rate.StoredRate;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads, in one statement, the rates a user sees for some pairs over a range of days, together with each
 * pair's latest rate on or before the range's first day (its rate in effect there), on the direct read path.
 */
@ApplicationScoped
public class RateLookupRepository {

    private final DirectReads reads;

    public RateLookupRepository(DirectReads reads) {
        this.reads = reads;
    }

    /** @param pairs base and quote of each pair, e.g. {@code [["EUR","USD"], ["USD","EUR"]]} */
    public Uni<List<StoredRate>> rates(long userId, List<String[]> pairs, LocalDate first, LocalDate last) {
        StringBuilder pairSql = new StringBuilder();
        List<Object> pairParams = new ArrayList<>();
        for (String[] pair : pairs) {
            pairSql.append(pairSql.isEmpty() ? "(" : " OR ").append("(x.base = ? AND x.quote = ?)");
            pairParams.add(pair[0]);
            pairParams.add(pair[1]);
        }
        pairSql.append(')');
        String sql = "WITH floors AS (SELECT x.base, x.quote, max(x.day) AS day FROM exchange_rates x "
                + "WHERE (x.user_id = ? OR x.user_id IS NULL) AND x.day <= ? AND " + pairSql
                + " GROUP BY x.base, x.quote) "
                + "SELECT x.id, x.user_id, x.source, x.day, x.base, x.quote, x.rate FROM exchange_rates x "
                + "LEFT JOIN floors f ON f.base = x.base AND f.quote = x.quote "
                + "WHERE (x.user_id = ? OR x.user_id IS NULL) AND x.day <= ? AND " + pairSql
                + " AND x.day >= coalesce(f.day, ?)";
        List<Object> params = new ArrayList<>();
        params.add(userId);
        params.add(first.toEpochDay());
        params.addAll(pairParams);
        params.add(userId);
        params.add(last.toEpochDay());
        params.addAll(pairParams);
        params.add(first.toEpochDay());
        return reads.list(sql, params, StoredRate::of);
    }

}
