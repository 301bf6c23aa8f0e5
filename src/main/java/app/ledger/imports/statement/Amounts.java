package app.ledger.imports.statement;

import app.ledger.money.Currencies;
import app.ledger.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/** Exact conversion of a statement's decimal amounts into minor units. */
public final class Amounts {

    private Amounts() {
    }

    /** The currency of the code, or empty when it is not one Ledger knows. */
    public static Optional<Currency> currency(String code) {
        return code == null ? Optional.empty() : Currencies.find(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * {@code value} in minor units of {@code currency}; throws {@link IllegalArgumentException} with a reason for
     * people when it has more decimals than the currency or does not fit.
     */
    public static long toMinor(BigDecimal value, Currency currency) {
        int digits = Money.fractionDigits(currency);
        BigDecimal exact = value.stripTrailingZeros();
        if (exact.scale() > digits) {
            throw new IllegalArgumentException("The amount " + value.toPlainString() + " has more decimal places "
                    + "than " + currency.getCurrencyCode() + " has (" + digits + ").");
        }
        try {
            return exact.movePointRight(digits).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("The amount " + value.toPlainString() + " is too large.");
        }
    }

    /** A plain decimal with an optional sign ({@code -12.5}, {@code +3}, {@code .50}), or null when it is not one. */
    public static BigDecimal plainDecimal(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.isEmpty() || s.length() > 40) {
            return null;
        }
        int start = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        boolean digit = false;
        boolean point = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return null;
            }
        }
        return digit ? new BigDecimal(s) : null;
    }
}
