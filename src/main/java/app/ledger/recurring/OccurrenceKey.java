package app.ledger.recurring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Idempotency-Key under which the scheduler posts one occurrence: {@code "recurring <schedule id> <date>"}.
 * It contains spaces, which the Idempotency-Key header refuses, so no client can send a key that the
 * scheduler's writes (or the recorder that reads these keys) would take for one of its own.
 */
public record OccurrenceKey(long scheduleId, LocalDate occursOn) {

    private static final Pattern FORM = Pattern.compile("recurring (\\d{1,18}) (\\d{4}-\\d{2}-\\d{2})");

    public String text() {
        return "recurring " + scheduleId + " " + occursOn;
    }

    static Optional<OccurrenceKey> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new OccurrenceKey(Long.parseLong(m.group(1)), LocalDate.parse(m.group(2))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
