package app.ledger.persistence.read;

import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * The read path for the hot queries (history pages, an account, the chain walk of verify): plain SQL with
 * {@code ?} placeholders, rows read by position into plain objects, no session and no entity hydration.
 * Hibernate Reactive stays the domain model and does every write; these reads only ever see committed
 * rows, as any other read outside a transaction does. Resumes on the caller's Vert.x context.
 */
public interface DirectReads {

    <T> Uni<List<T>> list(String sql, List<?> params, RowMapper<T> mapper);

    /** The first row, or null when there is none. */
    default <T> Uni<T> first(String sql, List<?> params, RowMapper<T> mapper) {
        return list(sql, params, mapper).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }
}
