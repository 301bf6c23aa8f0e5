package app.ledger.rate;

import app.ledger.money.Currencies;
import app.ledger.problem.FieldErrors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a rate, its currencies and its day must look like, for rates typed in and rates read from files. No I/O. */
public final class RateRules {

    /** The euro's first day; the ECB's reference rates start on 1999-01-04. */
    public static final LocalDate EARLIEST = LocalDate.of(1999, 1, 1);
    public static final int MAX_SIGNIFICANT_DIGITS = 15;
    public static final int MAX_FRACTION_DIGITS = 12;
    public static final int MAX_INTEGER_DIGITS = 9;

    public static final String RATE_FORM = "Enter the rate as a positive decimal with a decimal point, such as "
            + "1.0856: at most " + MAX_INTEGER_DIGITS + " digits before the point, " + MAX_FRACTION_DIGITS
            + " after it and " + MAX_SIGNIFICANT_DIGITS + " significant digits.";

    private static final Pattern DECIMAL = Pattern.compile(
            "(0|[1-9][0-9]{0," + (MAX_INTEGER_DIGITS - 1) + "})(\\.[0-9]{1," + MAX_FRACTION_DIGITS + "})?");
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private RateRules() {
    }

    /** The rate as an exact decimal without trailing zeros, when the text is an acceptable one. */
    public static Optional<BigDecimal> rate(String text) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            return Optional.empty();
        }
        BigDecimal rate = new BigDecimal(text).stripTrailingZeros();
        if (rate.signum() <= 0 || rate.precision() > MAX_SIGNIFICANT_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(rate.scale() < 0 ? rate.setScale(0) : rate);
    }

    static BigDecimal rate(String text, FieldErrors errors) {
        return rate(text).orElseGet(() -> {
            errors.add("rate", text == null || text.isBlank() ? "Enter the rate." : RATE_FORM);
            return null;
        });
    }

    /** An ISO 4217 code that Ledger keeps money in, or a field error. */
    public static String currency(String field, String code, FieldErrors errors) {
        if (code == null || code.isBlank()) {
            errors.add(field, "Choose a currency.");
            return null;
        }
        if (Currencies.find(code).isEmpty()) {
            errors.add(field, "Use an ISO 4217 currency code that Ledger knows, such as EUR or USD.");
            return null;
        }
        return code;
    }

    /** Whether a rate may be kept for this day: not before the euro, and at most a day after today (UTC). */
    public static boolean acceptableDay(LocalDate day, LocalDate today) {
        return !day.isBefore(EARLIEST) && !day.isAfter(today.plusDays(1));
    }

    /** A day written YYYY-MM-DD, or null. */
    public static LocalDate parseDay(String text) {
        if (text == null || !DAY.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    static LocalDate day(String field, String text, LocalDate today, FieldErrors errors) {
        LocalDate day = parseDay(text);
        if (day == null) {
            errors.add(field, text == null || text.isBlank() ? "Enter the day of the rate."
                    : "Write the day as YYYY-MM-DD, such as 2024-05-17.");
            return null;
        }
        if (!acceptableDay(day, today)) {
            errors.add(field, "A rate's day is from " + EARLIEST + " to tomorrow.");
            return null;
        }
        return day;
    }
}
