package app.ledger.auth;

import app.ledger.config.LedgerConfig;
import app.ledger.support.Workers;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Signs access tokens: {@code sub} is the user id, {@code upn} the username, {@code jti} makes it revocable. */
@ApplicationScoped
public class TokenIssuer {

    private final String issuer;
    private final Duration lifetime;

    public TokenIssuer(@ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            LedgerConfig config) {
        this.issuer = issuer;
        this.lifetime = config.auth().tokenLifetime();
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** Signing reads the key and does RSA work, so it runs on a worker thread. */
    public Uni<IssuedToken> issue(User user) {
        return Workers.offload(() -> sign(user));
    }

    private IssuedToken sign(User user) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(lifetime);
        String jti = UUID.randomUUID().toString();
        String token = Jwt.issuer(issuer)
                .subject(Long.toString(user.id))
                .upn(user.username)
                .claim("jti", jti)
                .issuedAt(now)
                .expiresAt(expiresAt)
                .sign();
        return new IssuedToken(token, expiresAt);
    }
}
