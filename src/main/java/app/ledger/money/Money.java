package app.ledger.money;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An exact amount of one currency, held as a whole number of minor units (cents for USD).
 * All parsing and formatting of money goes through here.
 */
public record Money(long minor, Currency currency) {

    /** A sign, the 19 digits of the largest long and a decimal point: {@link #format} adds the fraction digits. */
    private static final int MAX_PLAIN_LENGTH = 21;

    /** Plain decimal notation only: no sign, no exponent, no grouping, no leading zeros. */
    private static final Pattern DECIMAL = Pattern.compile("(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?");

    /** Why a text is not an amount at all, whatever the currency. */
    public static final String NOT_A_DECIMAL = "Enter the amount as digits with a decimal point, such as 12.34.";

    public static Money of(long minor, Currency currency) {
        return new Money(minor, currency);
    }

    /**
     * Parses a decimal string such as {@code "12.34"}. Answers why it is not acceptable instead of an
     * amount when it is malformed or has more fraction digits than the currency.
     */
    public static Result parse(String text, Currency currency) {
        Optional<BigDecimal> decimal = parseDecimal(text);
        if (decimal.isEmpty()) {
            return Result.invalid(NOT_A_DECIMAL);
        }
        int digits = fractionDigits(currency);
        BigDecimal value = decimal.get();
        if (value.scale() > digits) {
            return Result.invalid(digits == 0
                    ? currency.getCurrencyCode() + " amounts are whole numbers, without decimal places."
                    : currency.getCurrencyCode() + " amounts have at most " + digits + " decimal "
                            + (digits == 1 ? "place." : "places."));
        }
        BigDecimal minor = value.movePointRight(digits);
        if (minor.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Result.invalid("This amount is too large.");
        }
        return Result.ok(new Money(minor.longValueExact(), currency));
    }

    /** The value of a plain decimal string, whatever the currency; empty when the text is not one. */
    public static Optional<BigDecimal> parseDecimal(String text) {
        return text != null && DECIMAL.matcher(text).matches() ? Optional.of(new BigDecimal(text)) : Optional.empty();
    }

    public static String format(long minor, Currency currency) {
        int digits = fractionDigits(currency);
        if (digits == 0) {
            return Long.toString(minor);
        }
        if (minor == Long.MIN_VALUE) {
            return BigDecimal.valueOf(minor, digits).toPlainString();
        }
        // what BigDecimal.toPlainString writes, without the BigDecimal and in one array: a history page formats
        // 150 amounts, and each of its allocations brings the next young collection closer
        long magnitude = Math.abs(minor);
        byte[] text = new byte[MAX_PLAIN_LENGTH + digits];
        int at = text.length;
        for (int i = 0; i < digits; i++) {
            text[--at] = (byte) ('0' + magnitude % 10);
            magnitude /= 10;
        }
        text[--at] = '.';
        do {
            text[--at] = (byte) ('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude > 0);
        if (minor < 0) {
            text[--at] = '-';
        }
        return new String(text, at, text.length - at, StandardCharsets.ISO_8859_1);
    }

    /**
     * For people: {@code 1,020.00}, exact and with the currency's decimals, digits grouped by thousands. The
     * API's own amounts stay plain ({@link #format}); this is for sentences.
     */
    public static String formatForPeople(long minor, Currency currency) {
        return grouped(format(minor, currency));
    }

    /** A plain decimal string, its whole part grouped by thousands: {@code 1000000.00} → {@code 1,000,000.00}. */
    public static String grouped(String plain) {
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        StringBuilder out = new StringBuilder(plain.substring(0, start));
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain.substring(end)).toString();
    }

    public static int fractionDigits(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /** Outcome of {@link #parse}: an amount, or the reason the text is not one. */
    public record Result(Optional<Money> money, String problem) {

        static Result ok(Money money) {
            return new Result(Optional.of(money), null);
        }

        static Result invalid(String problem) {
            return new Result(Optional.empty(), problem);
        }
    }
}
