package app.ledger.auth;

import app.ledger.auth.personaltoken.PersonalTokenAuthentication;
import app.ledger.auth.personaltoken.PersonalTokenSecret;
import app.ledger.config.LedgerConfig;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.smallrye.jwt.runtime.auth.JsonWebTokenCredential;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the token from {@code Authorization: Bearer} when the request has one, and from the session cookie
 * otherwise. SmallRye JWT configured for cookies prefers the cookie, so a client that deliberately sends a
 * bearer token (an API client, or the web app acting for another login) would silently be served as
 * whoever the browser's cookie belongs to. A bearer token that is refused is not rescued by the cookie.
 * A bearer token with the personal access token prefix is verified as one, not as a JWT.
 * <p>
 * Being the one mechanism (it replaces SmallRye JWT's and quarkus-oidc's, which CDI then leaves out), it also
 * decides where the identity provider's code flow applies: on its sign-in routes alone, and only when it is
 * switched on. Everywhere else quarkus-oidc is never asked, so its session cookie opens nothing.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class BearerFirstAuthMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "bearer ";

    /** The identity provider's sign-in routes (app.ledger.auth.oidc). */
    public static final String PROVIDER_SIGN_IN = "/api/auth/oidc/";

    private final JWTAuthMechanism cookieMechanism;
    private final OidcAuthenticationMechanism providerMechanism;
    private final boolean providerEnabled;

    public BearerFirstAuthMechanism(JWTAuthMechanism cookieMechanism, OidcAuthenticationMechanism providerMechanism,
            LedgerConfig config) {
        this.cookieMechanism = cookieMechanism;
        this.providerMechanism = providerMechanism;
        this.providerEnabled = config.oidc().enabled();
    }

    private boolean isProviderSignIn(RoutingContext context) {
        return providerEnabled && context.normalizedPath().startsWith(PROVIDER_SIGN_IN);
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        if (isProviderSignIn(context)) {
            return providerMechanism.authenticate(context, identities);
        }
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return cookieMechanism.authenticate(context, identities);
        }
        context.put(HttpAuthenticationMechanism.class.getName(), this);
        String token = authorization.substring(BEARER.length()).trim();
        if (PersonalTokenSecret.looksLikeOne(token)) {
            return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(
                    new PersonalTokenAuthentication(token), context));
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(
                new TokenAuthenticationRequest(new JsonWebTokenCredential(token)), context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (isProviderSignIn(context)) {
            return providerMechanism.getChallenge(context);
        }
        return cookieMechanism.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        Set<Class<? extends AuthenticationRequest>> types = new HashSet<>(cookieMechanism.getCredentialTypes());
        types.addAll(providerMechanism.getCredentialTypes());
        types.add(PersonalTokenAuthentication.class);
        return types;
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        if (isProviderSignIn(context)) {
            return providerMechanism.getCredentialTransport(context);
        }
        return cookieMechanism.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return cookieMechanism.getPriority();
    }
}
