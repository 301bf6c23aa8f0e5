package app.ledger.budget;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The budgets' clock in tests: real time until a test sets it. */
@Mock
@ApplicationScoped
public class SettableBudgetClock extends BudgetClock {

    private volatile Instant fixed;

    @Override
    public Instant now() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }

    public void set(Instant at) {
        fixed = at;
    }

    public void reset() {
        fixed = null;
    }
}
