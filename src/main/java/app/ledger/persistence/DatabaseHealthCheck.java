package app.ledger.persistence;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the pool that every request uses can run a query. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements AsyncHealthCheck {

    private final Pool pool;

    public DatabaseHealthCheck(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().completionStage(() -> pool.query("SELECT 1").execute().toCompletionStage())
                .ifNoItem().after(Duration.ofSeconds(5)).fail()
                .map(rows -> HealthCheckResponse.up("database"))
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named("database").down()
                        .withData("error", e.getClass().getSimpleName()).build());
    }
}
