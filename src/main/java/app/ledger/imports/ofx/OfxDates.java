package app.ledger.imports.ofx;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * OFX date-times: {@code YYYYMMDD}, {@code YYYYMMDDHHMMSS}, {@code YYYYMMDDHHMMSS.XXX}, each optionally followed
 * by a zone such as {@code [-5:EST]} or {@code [+5.30]}. The day is the calendar day as written: a purchase
 * posted at 23:30 New York time stays on that day rather than moving to the next one in UTC.
 */
final class OfxDates {

    private static final Pattern FORM = Pattern.compile(
            "\\d{8}(\\d{4}(\\d{2}(\\.\\d{1,3})?)?)?\\s*(\\[\\s*[+-−]?\\d{1,2}(\\.\\d{1,2})?(:[A-Za-z]{1,6})?\\s*])?");

    private OfxDates() {
    }

    /** The day, or null when the text is not an OFX date. */
    static LocalDate day(String text) {
        if (text == null || !FORM.matcher(text.strip()).matches()) {
            return null;
        }
        String s = text.strip();
        try {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
