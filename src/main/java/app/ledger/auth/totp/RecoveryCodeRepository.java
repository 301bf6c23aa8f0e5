package app.ledger.auth.totp;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
public class RecoveryCodeRepository implements PanacheRepository<RecoveryCode> {

    /** Marks the code used if it is the user's and unused; of two racing uses, one wins. */
    Uni<Boolean> use(long userId, String codeHash, Instant at) {
        return update("usedAt = ?1 where userId = ?2 and codeHash = ?3 and usedAt is null", at, userId, codeHash)
                .map(updated -> updated == 1);
    }

    Uni<Long> remaining(long userId) {
        return count("userId = ?1 and usedAt is null", userId);
    }
}
