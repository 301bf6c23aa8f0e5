package app.ledger.journal.history;

import app.ledger.problem.FieldErrors;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The instants a time parameter of a query may take, whole years from the first to the last. */
record TimeRange(Instant earliest, Instant latest) {

    static final String TIME_FORMAT = "Enter a time such as 2026-01-31T00:00:00Z (ISO 8601, in UTC).";

    /** The parameter's instant, null when it is left out or refused (then with its error). */
    Instant parse(String field, String text, FieldErrors errors) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            Instant time = Instant.parse(text);
            if (time.isBefore(earliest) || time.isAfter(latest)) {
                errors.add(field, String.format("Choose a time between the years %04d and %04d.",
                        earliest.atOffset(ZoneOffset.UTC).getYear(), latest.atOffset(ZoneOffset.UTC).getYear()));
                return null;
            }
            return time;
        } catch (DateTimeParseException e) {
            errors.add(field, TIME_FORMAT);
            return null;
        }
    }
}
