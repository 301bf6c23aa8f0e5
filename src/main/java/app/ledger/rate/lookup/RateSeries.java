package app.ledger.rate.lookup;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The rate of one pair over a range of days as a step function: each step holds from its day until the next
 * step. Asking for a day before the range's first day, or after its last, is a mistake of the caller.
 */
public final class RateSeries {

    private final LocalDate first;
    private final LocalDate last;
    private final NavigableMap<LocalDate, RateAnswer> steps;

    RateSeries(LocalDate first, LocalDate last, NavigableMap<LocalDate, RateAnswer> steps) {
        this.first = first;
        this.last = last;
        this.steps = Collections.unmodifiableNavigableMap(steps);
    }

    /** The steps in day order: the first one on the range's first day, then each day the rate changes. */
    public NavigableMap<LocalDate, RateAnswer> steps() {
        return steps;
    }

    public RateAnswer on(LocalDate day) {
        if (day.isBefore(first) || day.isAfter(last)) {
            throw new IllegalArgumentException(day + " is outside the series " + first + " to " + last);
        }
        return steps.floorEntry(day).getValue();
    }

    /** The series of {@code from → to} from the table, which must hold the rates in effect on {@code first}. */
    static RateSeries of(RateTable table, String from, String to, LocalDate first, LocalDate last) {
        NavigableMap<LocalDate, RateAnswer> steps = new TreeMap<>();
        RateAnswer current = table.on(from, to, first);
        steps.put(first, current);
        for (LocalDate day : table.days().subSet(first, false, last, true)) {
            RateAnswer next = table.on(from, to, day);
            if (!next.equals(current)) {
                steps.put(day, next);
                current = next;
            }
        }
        return new RateSeries(first, last, steps);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<LocalDate, RateAnswer> step : steps.entrySet()) {
            text.append(step.getKey()).append('=').append(step.getValue()).append(' ');
        }
        return text.toString().strip();
    }
}
