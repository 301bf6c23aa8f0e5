package app.ledger.auth;

import app.ledger.persistence.DatabaseMigrator;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens revoked before they expire (logout). Kept in the database so that a revocation outlives a
 * restart, and in memory so that checking a request costs no query.
 */
@ApplicationScoped
public class TokenRevocations {

    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();
    private final RevokedTokenRepository repository;
    private final Event<TokenRevoked> revokedEvent;

    public TokenRevocations(RevokedTokenRepository repository, Event<TokenRevoked> revokedEvent) {
        this.repository = repository;
        this.revokedEvent = revokedEvent;
    }

    void load(@Observes @Priority(DatabaseMigrator.STARTUP_PRIORITY + 1) StartupEvent event) throws Throwable {
        Instant now = Instant.now();
        VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> repository.list("expiresAt > ?1", now)))
                .forEach(token -> revoked.put(token.jti, token.expiresAt));
    }

    /** A revocation another instance made (and stored): refuse the token here too, from now on. */
    public void learn(String jti, Instant expiresAt) {
        if (revoked.putIfAbsent(jti, expiresAt) == null) {
            revokedEvent.fire(new TokenRevoked(jti, expiresAt, false));
        }
    }

    public boolean isRevoked(String jti) {
        return jti != null && revoked.containsKey(jti);
    }

    @WithTransaction
    public Uni<Void> revoke(String jti, Instant expiresAt) {
        if (isRevoked(jti)) {
            return Uni.createFrom().voidItem();
        }
        Instant now = Instant.now();
        RevokedToken token = new RevokedToken();
        token.jti = jti;
        token.expiresAt = expiresAt;
        return repository.delete("expiresAt <= ?1", now)
                .flatMap(ignored -> repository.persist(token))
                .invoke(() -> {
                    revoked.put(jti, expiresAt);
                    revoked.values().removeIf(expiry -> !expiry.isAfter(now));
                })
                .replaceWithVoid()
                .invoke(() -> revokedEvent.fire(new TokenRevoked(jti, expiresAt, true)));
    }
}
