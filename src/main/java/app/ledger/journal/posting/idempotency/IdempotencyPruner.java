package app.ledger.journal.posting.idempotency;

import app.ledger.support.Periodic;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
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
        Periodic.every(vertx, EVERY, "remove expired idempotency records", () -> store.prune()
                .invoke(removed -> Log.debugf("Removed %d expired idempotency record(s)", removed)));
    }
}
