package app.ledger.auth.token;

import app.ledger.auth.session.SessionEnded;
import app.ledger.identity.SessionBoundToken;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifying an RS256 token and parsing its JSON cost about a quarter of a deposit's event-loop time, and a
 * tab sends the same token with every request: a token verified once is remembered (bounded, keyed by the
 * token's exact text, never past its expiry). Only the signature and claims check is skipped; whether the
 * session behind the token is still alive is checked on every request, so a logout takes effect at once.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedTokens implements JWTParser {

    static final int CAPACITY = 10_000;

    private final JWTParser delegate;
    private final Map<String, SessionBoundToken> verified = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SessionBoundToken> eldest) {
            return size() > CAPACITY;
        }
    };

    private final Clock clock;

    @Inject
    public VerifiedTokens(JWTAuthContextInfo authContextInfo) {
        this(new DefaultJWTParser(authContextInfo), Clock.systemUTC());
    }

    VerifiedTokens(JWTParser delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = clock.instant().getEpochSecond();
        SessionBoundToken known;
        synchronized (verified) {
            known = verified.get(token);
        }
        if (known != null && known.getExpirationTime() > now) {
            return known;
        }
        SessionBoundToken fresh = SessionBoundToken.of(delegate.parse(token));
        synchronized (verified) {
            verified.put(token, fresh);
        }
        return fresh;
    }

    /**
     * Forgets the tokens of an ended session. The session check would refuse them anyway; this keeps a
     * token of a revoked session from being served from memory should a check ever be skipped.
     */
    void onSessionEnded(@Observes SessionEnded ended) {
        forgetSession(ended.sessionId());
    }

    void forgetSession(String sessionId) {
        synchronized (verified) {
            verified.values().removeIf(known -> sessionId.equals(known.sessionId()));
        }
    }

    int size() {
        synchronized (verified) {
            return verified.size();
        }
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
