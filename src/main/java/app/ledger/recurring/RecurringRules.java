package app.ledger.recurring;

import app.ledger.journal.EntryFields;
import app.ledger.journal.EntryLimits;
import app.ledger.journal.EntryType;
import app.ledger.journal.posting.WriteRules;
import app.ledger.money.Money;
import app.ledger.problem.FieldErrors;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks on a recurring entry, without I/O. The entry's own fields follow the rules of entries
 * ({@link EntryFields}, {@link WriteRules}); the schedule's are here. Each adds field errors rather than
 * throwing, so that a client learns about all of them at once.
 */
final class RecurringRules {

    static final int INTERVAL_MAX = 366;
    static final int COUNT_MAX = 10_000;
    /** How far back a schedule may start: the occurrences since then are posted at once. */
    static final int START_YEARS_BACK = 1;
    static final int UPCOMING_MAX = 100;
    static final int UPCOMING_DEFAULT = 10;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private RecurringRules() {
    }

    /** What a recurring entry posts and when, checked. */
    record Checked(String amount, String description, Long categoryId, String payee, List<String> tags,
            String notes, Recurrence recurrence) {
    }

    static EntryType type(String type, FieldErrors errors) {
        if ("deposit".equals(type)) {
            return EntryType.DEPOSIT;
        }
        if ("withdrawal".equals(type)) {
            return EntryType.WITHDRAWAL;
        }
        errors.add("type", "Choose deposit or withdrawal.");
        return null;
    }

    /**
     * @param currency the account's currency, or null when the account is not known yet
     * @param earliestStart the first day {@code startOn} may be, or null when it is not checked (unchanged)
     */
    static Checked check(RecurringRequest body, Currency currency, BigDecimal maxAmount, LocalDate earliestStart,
            FieldErrors errors) {
        WriteRules.checkAmount(body.amount(), maxAmount, errors);
        if (currency != null && body.amount() != null && Money.parseDecimal(body.amount()).isPresent()) {
            Money.Result parsed = Money.parse(body.amount(), currency);
            if (parsed.money().isEmpty()) {
                errors.add("amount", parsed.problem());
            }
        }
        EntryFields.checkDescription(body.description(), errors);
        String payee = EntryFields.payee(body.payee(), errors);
        List<String> tags = EntryFields.tags(body.tags(), errors);
        EntryFields.checkNotes(body.notes(), errors);
        Recurrence recurrence = recurrence(body, earliestStart, errors);
        return new Checked(body.amount(), body.description(), body.categoryId(), payee, tags, body.notes(),
                recurrence);
    }

    private static Recurrence recurrence(RecurringRequest body, LocalDate earliestStart, FieldErrors errors) {
        LocalDate startOn = date("startOn", body.startOn(), errors);
        if (startOn == null && body.startOn() == null) {
            errors.add("startOn", "Enter the first day, such as 2024-03-31.");
        }
        if (startOn != null && earliestStart != null && startOn.isBefore(earliestStart)) {
            errors.add("startOn", "Start on " + earliestStart + " or later: a schedule goes back at most "
                    + START_YEARS_BACK + " year.");
            startOn = null;
        }
        LocalDate endOn = date("endOn", body.endOn(), errors);
        Integer count = body.count();
        if (count != null && (count < 1 || count > COUNT_MAX)) {
            errors.add("count", "Choose a count of 1 to " + COUNT_MAX + " occurrences.");
            count = null;
        }
        if (body.endOn() != null && body.count() != null) {
            errors.add("count", "Give either endOn or count, not both.");
        }
        ScheduleRequest schedule = body.schedule();
        if (schedule == null) {
            errors.add("schedule", "Say how often it repeats, such as {\"every\": \"month\", \"interval\": 1}.");
            return null;
        }
        Frequency every = Frequency.of(schedule.every()).orElse(null);
        if (every == null) {
            errors.add("schedule.every", "Choose day, week, month or year.");
        }
        int interval = schedule.interval() == null ? 1 : schedule.interval();
        if (interval < 1 || interval > INTERVAL_MAX) {
            errors.add("schedule.interval", "Choose an interval of 1 to " + INTERVAL_MAX + ".");
        }
        Integer day = schedule.day();
        if (day != null && every != Frequency.MONTH) {
            errors.add("schedule.day", "A day of the month applies to monthly schedules only.");
        } else if (day != null && (day < 1 || day > 31)) {
            errors.add("schedule.day", "Choose a day of the month from 1 to 31.");
        }
        DayOfWeek weekday = null;
        if (schedule.weekday() != null) {
            if (every != Frequency.WEEK) {
                errors.add("schedule.weekday", "A weekday applies to weekly schedules only.");
            } else {
                weekday = weekday(schedule.weekday(), errors);
            }
        }
        if (startOn == null || every == null || interval < 1 || interval > INTERVAL_MAX) {
            return null;
        }
        if (endOn != null && endOn.isBefore(startOn)) {
            errors.add("endOn", "End on or after the first day (" + startOn + ").");
            return null;
        }
        Recurrence recurrence = new Recurrence(every, interval,
                every == Frequency.MONTH ? (day != null && day >= 1 && day <= 31 ? day : startOn.getDayOfMonth()) : null,
                every == Frequency.WEEK ? (weekday != null ? weekday : startOn.getDayOfWeek()) : null,
                startOn, endOn, count);
        if (endOn != null && recurrence.firstOnOrAfter(startOn) == null) {
            errors.add("endOn", "The schedule has no date between " + startOn + " and " + endOn + ".");
        }
        return recurrence;
    }

    private static DayOfWeek weekday(String text, FieldErrors errors) {
        try {
            return DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notADay) {
            errors.add("schedule.weekday", "Choose a weekday: monday, tuesday, … sunday.");
            return null;
        }
    }

    /** A day written YYYY-MM-DD, in the range of entry days; null (with an error) when it is not one. */
    static LocalDate date(String field, String text, FieldErrors errors) {
        if (text == null) {
            return null;
        }
        LocalDate date = null;
        if (DATE.matcher(text).matches()) {
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException notADay) {
                // reported below
            }
        }
        if (date == null) {
            errors.add(field, "Enter the date as YYYY-MM-DD, such as 2024-03-31.");
            return null;
        }
        if (date.isBefore(EntryLimits.EARLIEST_OCCURRED_ON)) {
            errors.add(field, "Enter a date on or after " + EntryLimits.EARLIEST_OCCURRED_ON + ".");
            return null;
        }
        return date;
    }

    /** The first day a new schedule may start, for a user whose today this is. */
    static LocalDate earliestStart(LocalDate today) {
        return today.minusYears(START_YEARS_BACK);
    }

    static int upcomingCount(String text, FieldErrors errors) {
        if (text == null || text.isEmpty()) {
            return UPCOMING_DEFAULT;
        }
        try {
            int count = Integer.parseInt(text);
            if (count >= 1 && count <= UPCOMING_MAX) {
                return count;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        errors.add("count", "Ask for 1 to " + UPCOMING_MAX + " dates (count).");
        return UPCOMING_DEFAULT;
    }
}
