package app.ledger.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The rate a cross-currency transfer implies: units of the target currency per one unit of the source
 * currency, as a plain decimal string. Exact when the division terminates ({@code 108.50 / 100.00} is
 * {@code 1.085}), otherwise rounded half-even to {@value #SIGNIFICANT_DIGITS} significant digits.
 */
public final class ImpliedRate {

    public static final int SIGNIFICANT_DIGITS = 10;
    private static final MathContext ROUNDED = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

    private ImpliedRate() {
    }

    /** Null when the currencies are the same, or when the source amount is zero (no transfer has one). */
    public static String of(Money source, Money target) {
        if (source.currency().equals(target.currency()) || source.minor() == 0) {
            return null;
        }
        BigDecimal from = BigDecimal.valueOf(source.minor(), Money.fractionDigits(source.currency()));
        BigDecimal to = BigDecimal.valueOf(target.minor(), Money.fractionDigits(target.currency()));
        BigDecimal rate;
        try {
            rate = to.divide(from);
        } catch (ArithmeticException nonTerminating) {
            rate = to.divide(from, ROUNDED);
        }
        return rate.stripTrailingZeros().toPlainString();
    }
}
