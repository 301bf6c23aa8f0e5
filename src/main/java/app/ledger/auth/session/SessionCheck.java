package app.ledger.auth.session;

import app.ledger.identity.CurrentUser;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A correctly signed token is not enough: it must name a session that exists in this database and
 * belongs to the token's subject. Otherwise a token would outlive its logout, and a token issued before
 * the database was emptied or replaced (the signing keys live beside it) would speak for whoever has
 * that user id now. A personal access token names no session: its own provider has checked it. Nor does an
 * identity provider's token, which serves only the sign-in route (ProviderIdentityConfinement sees to that).
 */
@ApplicationScoped
public class SessionCheck implements SecurityIdentityAugmentor {

    private final Sessions sessions;

    public SessionCheck(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)
                || identity.getAttribute(CurrentUser.PERSONAL_TOKEN_ATTRIBUTE) != null
                || identity.getCredential(IdTokenCredential.class) != null) {
            return Uni.createFrom().item(identity);
        }
        String sessionId = CurrentUser.sessionIdOf(token);
        Long userId = CurrentUser.userIdOf(token);
        if (sessionId == null || userId == null) {
            return refused();
        }
        return sessions.admits(sessionId, userId)
                .flatMap(admitted -> admitted ? Uni.createFrom().item(identity) : refused());
    }

    private static Uni<SecurityIdentity> refused() {
        return Uni.createFrom().failure(new AuthenticationFailedException("the token names no live session"));
    }
}
