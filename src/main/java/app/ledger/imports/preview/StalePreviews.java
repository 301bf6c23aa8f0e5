package app.ledger.imports.preview;

import app.ledger.config.LedgerConfig;
import app.ledger.imports.store.ImportStore;
import app.ledger.support.Periodic;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;

/** Deletes previews nobody committed or deleted once they are older than {@code ledger.import.preview-ttl}. */
@ApplicationScoped
public class StalePreviews {

    private final ImportStore store;
    private final Vertx vertx;
    private final Duration ttl;

    public StalePreviews(ImportStore store, Vertx vertx, LedgerConfig config) {
        this.store = store;
        this.vertx = vertx;
        this.ttl = config.imports().previewTtl();
    }

    void schedule(@Observes StartupEvent event) {
        Duration every = ttl.dividedBy(24).compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1)
                : ttl.dividedBy(24).compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : ttl.dividedBy(24);
        Periodic.every(vertx, every, "delete stale import previews", this::deleteStale);
    }

    /** Deletes the previews older than the time to live; answers how many. */
    public Uni<Integer> deleteStale() {
        return store.deleteStalePreviews(Instant.now().minus(ttl))
                .invoke(deleted -> Log.debugf("Deleted %d stale import preview(s)", deleted));
    }
}
