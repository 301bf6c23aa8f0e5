package app.ledger.account;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

    public Uni<List<Account>> listOwnedBy(long userId) {
        return list("userId = ?1 order by id", userId);
    }

    public Uni<Boolean> nameTaken(long userId, String name) {
        return count("userId = ?1 and lower(name) = lower(?2)", userId, name).map(n -> n > 0);
    }
}
