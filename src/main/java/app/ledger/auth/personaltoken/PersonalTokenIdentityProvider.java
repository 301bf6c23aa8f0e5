package app.ledger.auth.personaltoken;

import app.ledger.audit.AuditOrigin;
import app.ledger.auth.throttle.ClientAddresses;
import app.ledger.identity.CurrentUser;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a personal access token into the identity of its user, or refuses it (401). */
@ApplicationScoped
public class PersonalTokenIdentityProvider implements IdentityProvider<PersonalTokenAuthentication> {

    private final PersonalTokens tokens;
    private final ClientAddresses clientAddresses;

    public PersonalTokenIdentityProvider(PersonalTokens tokens, ClientAddresses clientAddresses) {
        this.tokens = tokens;
        this.clientAddresses = clientAddresses;
    }

    @Override
    public Class<PersonalTokenAuthentication> getRequestType() {
        return PersonalTokenAuthentication.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(PersonalTokenAuthentication request,
            AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        AuditOrigin origin = http == null ? AuditOrigin.NONE
                : new AuditOrigin(clientAddresses.of(http.request()), http.request().getHeader(HttpHeaders.USER_AGENT));
        return tokens.verify(request.token(), origin).map(principal -> {
            if (principal == null) {
                throw new AuthenticationFailedException("unknown, revoked or expired personal access token");
            }
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(principal)
                    .addAttribute(CurrentUser.PERSONAL_TOKEN_ATTRIBUTE, principal.tokenId())
                    .build();
        });
    }
}
