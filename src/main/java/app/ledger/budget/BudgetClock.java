package app.ledger.budget;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/** The time budgets go by: which month is "this month" for a user. */
@ApplicationScoped
public class BudgetClock {

    public Instant now() {
        return Instant.now();
    }

    public YearMonth thisMonth(ZoneId zone) {
        return YearMonth.from(now().atZone(zone));
    }
}
