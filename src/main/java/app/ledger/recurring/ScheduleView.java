package app.ledger.recurring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Locale;

/** {@code day} is set for monthly schedules only, {@code weekday} for weekly ones. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@RegisterForReflection
public record ScheduleView(Frequency every, int interval, Integer day, String weekday) {

    static ScheduleView of(Recurrence recurrence) {
        return new ScheduleView(recurrence.every(), recurrence.interval(), recurrence.monthDay(),
                recurrence.weekday() == null ? null : recurrence.weekday().name().toLowerCase(Locale.ROOT));
    }
}
