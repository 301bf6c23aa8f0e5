package app.ledger.identity;

import jakarta.json.JsonString;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A verified token that knows the session it belongs to. Reading our own {@code sid} claim through
 * smallrye-jwt throws and catches an exception each time (it first looks every claim name up among the
 * standard ones), which every authenticated request would pay; the claim is read once, when the token is
 * first verified. Everything else is the verified token's own.
 */
public final class SessionBoundToken implements JsonWebToken {

    private final JsonWebToken token;
    private final String sessionId;

    private SessionBoundToken(JsonWebToken token, String sessionId) {
        this.token = token;
        this.sessionId = sessionId;
    }

    public static SessionBoundToken of(JsonWebToken token) {
        return token instanceof SessionBoundToken bound ? bound : new SessionBoundToken(token, read(token));
    }

    /** The session the token names, or null when it names none. */
    public String sessionId() {
        return sessionId;
    }

    static String read(JsonWebToken token) {
        Object claim = token.getClaim(CurrentUser.SESSION_CLAIM);
        String sessionId = claim instanceof JsonString json ? json.getString()
                : claim instanceof String text ? text : null;
        return sessionId == null || sessionId.isEmpty() ? null : sessionId;
    }

    @Override
    public String getName() {
        return token.getName();
    }

    @Override
    public String getRawToken() {
        return token.getRawToken();
    }

    @Override
    public String getIssuer() {
        return token.getIssuer();
    }

    @Override
    public Set<String> getAudience() {
        return token.getAudience();
    }

    @Override
    public String getSubject() {
        return token.getSubject();
    }

    @Override
    public String getTokenID() {
        return token.getTokenID();
    }

    @Override
    public long getExpirationTime() {
        return token.getExpirationTime();
    }

    @Override
    public long getIssuedAtTime() {
        return token.getIssuedAtTime();
    }

    @Override
    public Set<String> getGroups() {
        return token.getGroups();
    }

    @Override
    public Set<String> getClaimNames() {
        return token.getClaimNames();
    }

    @Override
    public boolean containsClaim(String claimName) {
        return token.containsClaim(claimName);
    }

    @Override
    public <T> T getClaim(String claimName) {
        return token.getClaim(claimName);
    }

    @Override
    public <T> T getClaim(Claims claim) {
        return token.getClaim(claim);
    }

    @Override
    public <T> Optional<T> claim(String claimName) {
        return token.claim(claimName);
    }

    @Override
    public <T> Optional<T> claim(Claims claim) {
        return token.claim(claim);
    }

    @Override
    public boolean implies(Subject subject) {
        return token.implies(subject);
    }

    @Override
    public String toString() {
        return token.toString();
    }
}
