package app.ledger.auth.passkey;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class PasskeyRepository implements PanacheRepository<Passkey> {

    Uni<List<Passkey>> ofUser(long userId) {
        return list("userId = ?1 order by id", userId);
    }

    Uni<Passkey> ofUser(long userId, long id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResult();
    }

    Uni<Passkey> byCredentialId(String credentialId) {
        return find("credentialId", credentialId).firstResult();
    }

    Uni<Long> countOf(long userId) {
        return count("userId", userId);
    }

    /**
     * Moves the counter on from the value the assertion was checked against: of two sign-ins racing with
     * the same counter value, one wins.
     */
    Uni<Boolean> recordUse(long id, long checkedCount, long newCount, Instant at) {
        return update("signCount = ?1, lastUsedAt = ?2 where id = ?3 and signCount = ?4",
                newCount, at, id, checkedCount).map(updated -> updated == 1);
    }
}
