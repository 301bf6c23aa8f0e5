package app.ledger.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Refuses a token that is otherwise valid but was revoked by a logout. */
@ApplicationScoped
public class RevokedTokenAugmentor implements SecurityIdentityAugmentor {

    private final TokenRevocations revocations;

    public RevokedTokenAugmentor(TokenRevocations revocations) {
        this.revocations = revocations;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token && revocations.isRevoked(token.getTokenID())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("token revoked"));
        }
        return Uni.createFrom().item(identity);
    }
}
