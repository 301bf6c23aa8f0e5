package app.ledger.imports.qif;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A QIF date split into its parts before the order of day and month is known: {@code 1/31/2026},
 * {@code 31.01.2026}, {@code 1/31'26}, {@code 1/31/26}, {@code 31/01'26}, {@code 1/ 5'26}, {@code 2026-01-31}.
 * A year after an apostrophe is in the 2000s (Quicken's way); another two-digit year is 1970–2069.
 */
record QifDate(int first, int second, int year, char separator, boolean iso) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})(?:([/.\\-'])(\\d{2}|\\d{4})|'(\\d{1,2}))");

    /** The parts, or null when the text is no QIF date. */
    static QifDate split(String text) {
        String s = text.replace(" ", "");
        Matcher iso = ISO.matcher(s);
        if (iso.matches()) {
            return new QifDate(Integer.parseInt(iso.group(3)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(1)), '-', true);
        }
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            return null;
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        int year;
        if (m.group(6) != null) {
            year = 2000 + Integer.parseInt(m.group(6));
        } else {
            String y = m.group(5);
            year = Integer.parseInt(y);
            if (y.length() == 2) {
                year += "'".equals(m.group(4)) ? 2000 : year < 70 ? 2000 : 1900;
            }
        }
        return new QifDate(first, second, year, m.group(2).charAt(0), false);
    }

    /** Whether the parts can only be read day first (true), only month first (false), or either (null). */
    Boolean dayFirst() {
        if (iso) {
            return null;
        }
        if (first > 12 && second <= 12) {
            return true;
        }
        if (second > 12 && first <= 12) {
            return false;
        }
        return null;
    }

    /** The day in the given order, or null when there is no such day. */
    LocalDate day(QifDateOrder order) {
        try {
            if (iso) {
                return LocalDate.of(year, second, first);
            }
            return order == QifDateOrder.DAY_MONTH ? LocalDate.of(year, second, first)
                    : LocalDate.of(year, first, second);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
