package app.ledger.identity;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The user behind the current request, read from the verified token: {@code sub} is the user id and
 * {@code sid} the server-side session the token belongs to (checked before the request gets here).
 */
@RequestScoped
public class CurrentUser {

    /** The claim naming the token's session. */
    public static final String SESSION_CLAIM = "sid";

    /**
     * The identity attribute (the token's id) that marks a caller authenticated by a personal access token
     * rather than by a session's token; only the personal token identity provider sets it.
     */
    public static final String PERSONAL_TOKEN_ATTRIBUTE = "ledger.personal-token";

    private static final JsonWebToken NOBODY = new JsonWebToken() {
        @Override
        public String getName() {
            return null;
        }

        @Override
        public java.util.Set<String> getClaimNames() {
            return java.util.Set.of();
        }

        @Override
        public <T> T getClaim(String claimName) {
            return null;
        }
    };

    private final JsonWebToken token;

    /**
     * The token is the identity's principal, not an injected {@code JsonWebToken}: with quarkus-oidc present
     * that bean is the identity provider's access token. An identity the provider vouched for (it carries an ID
     * token) is nobody here: its subject is the provider's, not one of our user ids.
     */
    public CurrentUser(SecurityIdentity identity) {
        this.token = identity.getCredential(IdTokenCredential.class) == null
                && identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : NOBODY;
    }

    public long id() {
        Long id = userIdOf(token);
        if (id == null) {
            throw new UnauthorizedException();
        }
        return id;
    }

    public String sessionId() {
        String sessionId = sessionIdOf(token);
        if (sessionId == null) {
            throw new UnauthorizedException();
        }
        return sessionId;
    }

    /** When this session's token was issued, that is when its user signed in; null when the token does not say. */
    public Instant signedInAt() {
        long issuedAt = token().getIssuedAtTime();
        return issuedAt > 0 ? Instant.ofEpochSecond(issuedAt) : null;
    }

    public JsonWebToken token() {
        return token;
    }

    /** The user id a token speaks for, or null when its subject is not one. */
    public static Long userIdOf(JsonWebToken token) {
        if (token == NOBODY) {
            return null;
        }
        try {
            return Long.valueOf(token.getSubject());
        } catch (RuntimeException notAUserToken) {
            return null;
        }
    }

    /** The session a token names, or null when it names none. */
    public static String sessionIdOf(JsonWebToken token) {
        if (token == NOBODY) {
            return null;
        }
        return token instanceof SessionBoundToken bound ? bound.sessionId() : SessionBoundToken.read(token);
    }
}
