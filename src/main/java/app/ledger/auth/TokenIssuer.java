package app.ledger.auth;

import app.ledger.auth.session.OpenedSession;
import app.ledger.config.LedgerConfig;
import app.ledger.identity.CurrentUser;
import app.ledger.support.Workers;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs access tokens: {@code sub} is the user id, {@code upn} the username, {@code sid} the session the
 * token belongs to; the token expires with its session.
 */
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
    public Uni<IssuedToken> issue(User user, OpenedSession session) {
        return Workers.offload(() -> sign(user, session));
    }

    private IssuedToken sign(User user, OpenedSession session) {
        String token = Jwt.issuer(issuer)
                .subject(Long.toString(user.id))
                .upn(user.username)
                .claim(CurrentUser.SESSION_CLAIM, session.id())
                .issuedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .expiresAt(session.expiresAt())
                .sign();
        return new IssuedToken(token, session.expiresAt());
    }
}
