package app.ledger.recurring;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The time the scheduler goes by: which occurrences are due, and what today is for a user. */
@ApplicationScoped
public class RecurringClock {

    public Instant now() {
        return Instant.now();
    }

    public LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(now(), zone);
    }
}
