package app.ledger.recurring;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;

/** The next dates a schedule will post, in order: fewer than asked for when it ends sooner. */
@RegisterForReflection
public record UpcomingView(long recurringId, boolean paused, List<LocalDate> dates) {
}
