package app.ledger.auth;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Nobody has a second factor yet, so the password is all there is to check; a code sent along is ignored. */
@DefaultBean
@ApplicationScoped
public class NoSecondFactor implements SecondFactorCheck {

    @Override
    public Uni<Void> verify(long userId, String code) {
        return Uni.createFrom().voidItem();
    }
}
