package app.ledger.auth.oidc;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * With sign-in through an identity provider off, its routes do not exist: 404 before quarkus-oidc (whose
 * tenant is disabled then) is asked anything.
 */
public class SignInRoutesGate {

    private final OidcSettings settings;

    public SignInRoutesGate(OidcSettings settings) {
        this.settings = settings;
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseWhenOff(ContainerRequestContext request, UriInfo uri) {
        if (settings.enabled()) {
            return;
        }
        String path = uri.getPath();
        if (path.startsWith("/auth/oidc") || path.startsWith("/me/identity-links")
                || path.startsWith("/api/auth/oidc") || path.startsWith("/api/me/identity-links")) {
            throw new SignInDisabledException();
        }
    }
}
