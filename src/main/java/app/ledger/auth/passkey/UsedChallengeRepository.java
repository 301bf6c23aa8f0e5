package app.ledger.auth.passkey;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
public class UsedChallengeRepository implements PanacheRepositoryBase<UsedChallenge, String> {

    Uni<Long> removeExpired(Instant now) {
        return delete("expiresAt < ?1", now);
    }
}
