package app.ledger.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * While the database refuses writes, tries one now and then, so that readiness comes back by itself once
 * there is room again, even when no request is sent to a service that is not ready. The write is like a
 * batch of entries: it needs new pages (64 KiB that do not compress), committed, then deleted.
 */
@ApplicationScoped
public class StorageProbe {

    static final Duration INTERVAL = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Pool pool;
    private final StorageHealth health;
    private final String insert;
    private final AtomicLong lastStarted = new AtomicLong(System.nanoTime() - INTERVAL.toNanos());

    public StorageProbe(Pool pool, StorageHealth health,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.pool = pool;
        this.health = health;
        this.insert = dbKind.equals("postgresql")
                ? "INSERT INTO storage_probe (filler) "
                        + "SELECT string_agg(md5(random()::text), '') FROM generate_series(1, 2048)"
                : "INSERT INTO storage_probe (filler) VALUES (randomblob(65536))";
    }

    /** Probes when writes are refused and the last probe is {@link #INTERVAL} old; never fails. */
    public Uni<Void> probeIfDue() {
        long last = lastStarted.get();
        long now = System.nanoTime();
        if (health.refusingWrites().isEmpty() || now - last < INTERVAL.toNanos()
                || !lastStarted.compareAndSet(last, now)) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().completionStage(() -> pool.query(insert).execute()
                        .compose(inserted -> pool.query("DELETE FROM storage_probe").execute())
                        .toCompletionStage())
                .ifNoItem().after(TIMEOUT).fail()
                .invoke(health::writeSucceeded)
                .onFailure().invoke(health::translate)
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
