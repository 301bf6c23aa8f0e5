package app.ledger.account;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;

@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

    public Uni<List<Account>> listOwnedBy(long userId) {
        return list("userId = ?1 order by id", userId);
    }

    /**
     * Counts the user's accounts after locking the first one until the transaction ends: two requests
     * opening accounts for one user at once then count one after the other, the second one seeing what
     * the first one added (every user has the first account, opened at registration). On PostgreSQL the
     * count has to be its own statement: a locking read that waited still answers from its own snapshot.
     */
    public Uni<Long> lockAndCountOwnedBy(long userId) {
        return find("userId = ?1 order by id", userId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .flatMap(first -> count("userId = ?1", userId));
    }

    public Uni<Boolean> nameTaken(long userId, String name) {
        return count("userId = ?1 and lower(name) = lower(?2)", userId, name).map(n -> n > 0);
    }
}
