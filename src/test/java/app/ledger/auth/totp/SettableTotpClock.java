package app.ledger.auth.totp;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The TOTP clock in tests: real time until a test sets it. */
@Mock
@ApplicationScoped
public class SettableTotpClock extends TotpClock {

    private volatile Instant fixed;

    @Override
    public Instant now() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }

    /** Holds the clock in the middle of this time step. */
    public void atStep(long step) {
        fixed = Instant.ofEpochSecond(step * Totp.STEP_SECONDS + Totp.STEP_SECONDS / 2);
    }

    public void reset() {
        fixed = null;
    }
}
