package app.ledger.auth.totp;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
public class TotpRepository implements PanacheRepositoryBase<TotpCredential, Long> {

    /** Accepts a step only if it is later than the last one accepted: of two racing uses, one wins. */
    Uni<Boolean> useStep(long userId, long step) {
        return update("lastUsedStep = ?1 where userId = ?2 and lastUsedStep < ?1 and enabledAt is not null",
                step, userId).map(updated -> updated == 1);
    }

    Uni<Boolean> enable(long userId, long step, Instant at) {
        return update("enabledAt = ?1, lastUsedStep = ?2 where userId = ?3 and enabledAt is null",
                at, step, userId).map(updated -> updated == 1);
    }
}
