package app.ledger.auth.totp;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The time codes are checked against; a bean so that tests can hold it at a step's edge. */
@ApplicationScoped
public class TotpClock {

    public Instant now() {
        return Instant.now();
    }
}
