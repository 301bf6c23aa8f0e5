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
     * The user's accounts, locked until the transaction ends: two requests opening accounts for one user
     * at once then count one after the other (every user has at least the first account to lock).
     */
    public Uni<List<Account>> lockOwnedBy(long userId) {
        return find("userId = ?1 order by id", userId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public Uni<Boolean> nameTaken(long userId, String name) {
        return count("userId = ?1 and lower(name) = lower(?2)", userId, name).map(n -> n > 0);
    }
}
