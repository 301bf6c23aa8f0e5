package app.ledger.journal.history;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/**
 * An account's balance between two times, oldest first. The first point is the balance at {@code from}
 * (what the entries before it left), the last the balance at {@code to}. {@code sampled} is false when
 * every entry in between is a point of its own, true when the range was cut into equal time buckets and
 * each point is the balance at the end of its bucket.
 */
@RegisterForReflection
public record BalanceSeriesView(long accountId, String currency, Instant from, Instant to, boolean sampled,
        List<BalancePoint> points) {
}
