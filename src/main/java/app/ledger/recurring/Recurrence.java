package app.ledger.recurring;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates of a schedule, without I/O. Occurrence {@code k} (from 0) is:
 * <ul>
 * <li>day: {@code startOn + k × interval} days;</li>
 * <li>week: the first {@code weekday} on or after {@code startOn}, then every {@code interval} weeks;</li>
 * <li>month: day {@code monthDay} of every {@code interval}-th month from {@code startOn}'s month (the next
 * period when that day is before {@code startOn}); a day the month does not have falls on its last day (31 →
 * 30 April, 29 February in a leap year, 28 otherwise), and the next month has the 31st again;</li>
 * <li>year: {@code startOn}'s month and day every {@code interval} years (29 February → 28 February in other
 * years).</li>
 * </ul>
 * The schedule ends after {@code endOn} or after {@code count} occurrences, whichever is given (never both).
 */
public record Recurrence(Frequency every, int interval, Integer monthDay, DayOfWeek weekday, LocalDate startOn,
        LocalDate endOn, Integer count) {

    /** The first occurrence: every other one is counted from it. */
    LocalDate anchor() {
        return switch (every) {
            case DAY, YEAR -> startOn;
            case WEEK -> startOn.plusDays(Math.floorMod(weekday.getValue() - startOn.getDayOfWeek().getValue(), 7));
            case MONTH -> {
                LocalDate inStartMonth = dayIn(YearMonth.from(startOn));
                yield inStartMonth.isBefore(startOn) ? dayIn(YearMonth.from(startOn).plusMonths(interval))
                        : inStartMonth;
            }
        };
    }

    /** Occurrence {@code k} (from 0), whether or not the schedule still has it. */
    LocalDate nth(long k) {
        LocalDate anchor = anchor();
        return switch (every) {
            case DAY -> anchor.plusDays(k * interval);
            case WEEK -> anchor.plusWeeks(k * interval);
            case MONTH -> dayIn(YearMonth.from(anchor).plusMonths(k * interval));
            case YEAR -> anchor.plusYears(k * interval); // 29 Feb becomes 28 Feb in other years
        };
    }

    /** The last date the schedule has, or null when it goes on for ever. */
    LocalDate last() {
        if (count != null) {
            return nth(count - 1L);
        }
        return endOn;
    }

    /** The first occurrence on or after {@code day} that the schedule still has, or null when none is left. */
    public LocalDate firstOnOrAfter(LocalDate day) {
        LocalDate anchor = anchor();
        long k = 0;
        if (day.isAfter(anchor)) {
            long periods = switch (every) {
                case DAY -> ChronoUnit.DAYS.between(anchor, day);
                case WEEK -> ChronoUnit.WEEKS.between(anchor, day);
                case MONTH -> ChronoUnit.MONTHS.between(YearMonth.from(anchor), YearMonth.from(day));
                case YEAR -> ChronoUnit.YEARS.between(anchor, day);
            };
            k = Math.max(0, periods / interval - 1);
        }
        LocalDate date = nth(k);
        while (date.isBefore(day)) {
            date = nth(++k);
        }
        return within(date);
    }

    /** The occurrence after {@code day} (itself an occurrence), or null when none is left. */
    public LocalDate after(LocalDate day) {
        return firstOnOrAfter(day.plusDays(1));
    }

    /** Up to {@code max} occurrences on or after {@code from}, in order. */
    public List<LocalDate> upcoming(LocalDate from, int max) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate next = firstOnOrAfter(from);
        while (next != null && dates.size() < max) {
            dates.add(next);
            next = after(next);
        }
        return dates;
    }

    private LocalDate within(LocalDate date) {
        LocalDate last = last();
        return last != null && date.isAfter(last) ? null : date;
    }

    private LocalDate dayIn(YearMonth month) {
        return month.atDay(Math.min(monthDay, month.lengthOfMonth()));
    }
}
