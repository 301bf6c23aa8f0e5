package app.ledger.journal.history;

import app.ledger.problem.FieldErrors;
import java.time.Instant;

/**
 * The parameters of a balance series request, checked: an optional time range (each end may be left out)
 * and the most points the answer may have.
 */
public record BalanceSeriesQuery(Instant from, Instant to, int points) {

    public static final int DEFAULT_POINTS = 200;
    public static final int MIN_POINTS = 2;
    public static final int MAX_POINTS = 1000;
    /** Times are stored in microseconds, which reach only from 1678 to 2262; these are well within. */
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2199-12-31T23:59:59Z");
    private static final TimeRange TIMES = new TimeRange(EARLIEST, LATEST);

    public static BalanceSeriesQuery parse(String from, String to, String points) {
        FieldErrors errors = new FieldErrors();
        Instant fromTime = TIMES.parse("from", from, errors);
        Instant toTime = TIMES.parse("to", to, errors);
        if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
            errors.add("to", "The start must be before the end.");
        }
        int size = parsePoints(points, errors);
        errors.throwIfAny();
        return new BalanceSeriesQuery(fromTime, toTime, size);
    }

    private static int parsePoints(String points, FieldErrors errors) {
        if (points == null || points.isEmpty()) {
            return DEFAULT_POINTS;
        }
        try {
            int value = Integer.parseInt(points);
            if (value >= MIN_POINTS && value <= MAX_POINTS) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add("points", "The number of points is a whole number from " + MIN_POINTS + " to " + MAX_POINTS
                + ".");
        return DEFAULT_POINTS;
    }
}
