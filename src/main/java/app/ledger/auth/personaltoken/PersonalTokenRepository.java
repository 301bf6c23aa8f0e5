package app.ledger.auth.personaltoken;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class PersonalTokenRepository implements PanacheRepository<PersonalToken> {

    Uni<PersonalToken> byHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResult();
    }

    /** The user's tokens, newest first. */
    Uni<List<PersonalToken>> ofUser(long userId) {
        return list("userId", Sort.descending("id"), userId);
    }

    Uni<Long> countOf(long userId) {
        return count("userId", userId);
    }

    Uni<Long> deleteOf(long userId, long id) {
        return delete("id = ?1 and userId = ?2", id, userId);
    }

    /** Answers 0 when the token is gone (revoked elsewhere, or its user deleted). */
    Uni<Integer> markUsed(long id, Instant usedAt) {
        return update("lastUsedAt = ?1 where id = ?2", usedAt, id);
    }
}
