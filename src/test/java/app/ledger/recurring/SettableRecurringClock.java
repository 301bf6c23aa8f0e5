package app.ledger.recurring;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The scheduler's clock in tests: real time until a test sets it, so days pass without waiting for them. */
@Mock
@ApplicationScoped
public class SettableRecurringClock extends RecurringClock {

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
