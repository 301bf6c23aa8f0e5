package app.ledger.auth.oidc;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * An identity that quarkus-oidc made from the provider's tokens serves the sign-in route alone, which turns
 * it into a session of ours. Anywhere else it is refused: its subject is the provider's id for the account,
 * and read as a Ledger user id it would speak for whoever has that id here. (Its cookies are sent to the
 * sign-in routes only and its session ends at once, so this is the second line, not the first.)
 */
@ApplicationScoped
public class ProviderIdentityConfinement implements SecurityIdentityAugmentor {

    static final String SIGN_IN_PATH = LinkCookie.PATH + "/";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        if (identity.isAnonymous() || identity.getCredential(IdTokenCredential.class) == null) {
            return Uni.createFrom().item(identity);
        }
        Object routing = attributes.get(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE);
        String path = routing instanceof RoutingContext request ? request.normalizedPath() : null;
        if (path != null && path.startsWith(SIGN_IN_PATH)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().failure(new AuthenticationFailedException(
                "an identity provider's session is good for signing in only"));
    }
}
