package app.ledger.ledger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;

/** Removes idempotency records once their 24 hours are over, so the table holds only a day of writes. */
@ApplicationScoped
public class IdempotencyPruner {

    static final Duration EVERY = Duration.ofHours(1);

    private final IdempotencyRepository records;
    private final Vertx vertx;

    public IdempotencyPruner(IdempotencyRepository records, Vertx vertx) {
        this.records = records;
        this.vertx = vertx;
    }

    void schedule(@Observes StartupEvent event) {
        Context context = VertxContext.getOrCreateDuplicatedContext(vertx.getOrCreateContext());
        vertx.setPeriodic(EVERY.toMillis(), id -> context.runOnContext(ignored -> prune().subscribe().with(
                removed -> Log.debugf("Removed %d expired idempotency record(s)", removed),
                failure -> Log.warn("Could not remove expired idempotency records", failure))));
    }

    /** Deletes the records older than the idempotency window; answers how many. */
    public Uni<Long> prune() {
        return Panache.withTransaction(() -> records.deleteOlderThan(
                Instant.now().minus(BatchApplier.IDEMPOTENCY_WINDOW)));
    }
}
