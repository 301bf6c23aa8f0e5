package app.ledger.journal.posting.idempotency;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/** Removes idempotency records once their 24 hours are over, so the table holds only a day of writes. */
@ApplicationScoped
public class IdempotencyPruner {

    static final Duration EVERY = Duration.ofHours(1);

    private final IdempotencyStore store;
    private final Vertx vertx;

    public IdempotencyPruner(IdempotencyStore store, Vertx vertx) {
        this.store = store;
        this.vertx = vertx;
    }

    void schedule(@Observes StartupEvent event) {
        Context context = VertxContext.getOrCreateDuplicatedContext(vertx.getOrCreateContext());
        vertx.setPeriodic(EVERY.toMillis(), id -> context.runOnContext(ignored -> store.prune().subscribe().with(
                removed -> Log.debugf("Removed %d expired idempotency record(s)", removed),
                failure -> Log.warn("Could not remove expired idempotency records", failure))));
    }
}
