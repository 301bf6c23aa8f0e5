package app.ledger.persistence;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the pool that every request uses can read a table, the database has not reported
 * corruption, and it takes writes (after a full disk: once {@link StorageProbe} or a request has written
 * again).
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements AsyncHealthCheck {

    private final Pool pool;
    private final StorageHealth storage;
    private final StorageProbe probe;

    public DatabaseHealthCheck(Pool pool, StorageHealth storage, StorageProbe probe) {
        this.pool = pool;
        this.storage = storage;
        this.probe = probe;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return probe.probeIfDue()
                .chain(() -> Uni.createFrom().completionStage(() -> pool.query("SELECT next_val FROM entry_ids")
                        .execute().toCompletionStage()))
                .ifNoItem().after(Duration.ofSeconds(5)).fail()
                .map(rows -> (Throwable) null)
                .onFailure().recoverWithItem(failure -> {
                    storage.translate(failure);
                    return failure;
                })
                .map(this::response);
    }

    private HealthCheckResponse response(Throwable queryFailure) {
        Optional<StorageFault> fault = storage.corruption().or(storage::refusingWrites);
        if (fault.isPresent()) {
            return HealthCheckResponse.named("database").down()
                    .withData("storage", fault.get().kind() == StorageFault.Kind.CORRUPT ? "corrupt" : "refusing writes")
                    .withData("error", fault.get().code()).build();
        }
        if (queryFailure != null) {
            return HealthCheckResponse.named("database").down()
                    .withData("error", queryFailure.getClass().getSimpleName()).build();
        }
        return HealthCheckResponse.up("database");
    }
}
