package app.ledger.rate;

import app.ledger.problem.FieldErrors;
import java.time.LocalDate;

/**
 * What {@code GET /api/rates} is asked for: a pair or one side of it, a range of days (inclusive), and the
 * position after which the page starts. Every part is optional.
 */
public record RateFilter(String base, String quote, LocalDate from, LocalDate to, RateCursor after) {

    static RateFilter parse(String base, String quote, String from, String to, String cursor, FieldErrors errors) {
        String baseCode = blank(base) ? null : RateRules.currency("base", base, errors);
        String quoteCode = blank(quote) ? null : RateRules.currency("quote", quote, errors);
        LocalDate fromDay = day("from", from, errors);
        LocalDate toDay = day("to", to, errors);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            errors.add("to", "The last day (to) comes before the first day (from).");
        }
        RateCursor after = null;
        if (!blank(cursor)) {
            after = RateCursor.decode(cursor).orElse(null);
            if (after == null) {
                errors.add("cursor", RateCursor.NOT_OURS);
            }
        }
        return new RateFilter(baseCode, quoteCode, fromDay, toDay, after);
    }

    private static LocalDate day(String field, String text, FieldErrors errors) {
        if (blank(text)) {
            return null;
        }
        LocalDate day = RateRules.parseDay(text);
        if (day == null) {
            errors.add(field, "Write the day as YYYY-MM-DD, such as 2024-05-17.");
        }
        return day;
    }

    private static boolean blank(String text) {
        return text == null || text.isEmpty();
    }
}
