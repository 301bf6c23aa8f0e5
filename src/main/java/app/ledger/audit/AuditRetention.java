package app.ledger.audit;

import app.ledger.config.LedgerConfig;
import app.ledger.support.Periodic;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;

/** Removes security events older than {@code ledger.audit.retention}, every hour, first a minute after start. */
@ApplicationScoped
public class AuditRetention {

    static final Duration INTERVAL = Duration.ofHours(1);

    private final AuditService audit;
    private final Vertx vertx;
    private final Duration retention;

    public AuditRetention(AuditService audit, Vertx vertx, LedgerConfig config) {
        this.audit = audit;
        this.vertx = vertx;
        this.retention = config.audit().retention();
    }

    void schedule(@Observes StartupEvent event) {
        Periodic.every(vertx, Duration.ofMinutes(1), INTERVAL, "remove security events past their retention",
                () -> audit.removeOlderThan(Instant.now().minus(retention)));
    }
}
