package app.ledger.budget;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class BudgetRepository implements PanacheRepository<Budget> {

    private static final String FORGET_ALERTS = "DELETE FROM budget_alerts WHERE budget_id = ?1";

    public Uni<List<Budget>> listOwnedBy(long userId) {
        return list("userId = ?1 order by id", userId);
    }

    public Uni<Long> countOwnedBy(long userId) {
        return count("userId = ?1", userId);
    }

    /** Whether another of the user's budgets is for this category and currency. */
    public Uni<Boolean> taken(long userId, long categoryId, String currency, long exceptId) {
        return count("userId = ?1 and categoryId = ?2 and currency = ?3 and id <> ?4", userId, categoryId, currency,
                exceptId).map(n -> n > 0);
    }

    /** Forgets which thresholds were sent for the budget, in the caller's transaction. */
    public Uni<Integer> forgetAlerts(long budgetId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(FORGET_ALERTS)
                .setParameter(1, budgetId).executeUpdate());
    }
}
