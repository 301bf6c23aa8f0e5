package app.ledger.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import org.junit.jupiter.api.Test;

class ImpliedRateTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency KWD = Currency.getInstance("KWD");

    private static String rate(long fromMinor, Currency from, long toMinor, Currency to) {
        return ImpliedRate.of(Money.of(fromMinor, from), Money.of(toMinor, to));
    }

    @Test
    void aTerminatingRateIsExactWithoutTrailingZeros() {
        assertThat(rate(10000, EUR, 10850, USD)).isEqualTo("1.085");
        assertThat(rate(100, USD, 150, JPY)).isEqualTo("150");
        assertThat(rate(10000, USD, 32, KWD)).isEqualTo("0.00032");
        assertThat(rate(1, USD, 100_000_000_000L, EUR)).isEqualTo("100000000000");
        assertThat(rate(1024, EUR, 1, USD)).isEqualTo("0.0009765625");
    }

    @Test
    void aRateThatDoesNotTerminateIsRoundedHalfEvenToTenSignificantDigits() {
        assertThat(rate(300, EUR, 1000, USD)).isEqualTo("3.333333333");
        assertThat(rate(300, EUR, 200, USD)).isEqualTo("0.6666666667");
        assertThat(rate(7, JPY, 5, USD)).isEqualTo("0.007142857143");
        assertThat(rate(10850, USD, 10000, EUR)).isEqualTo("0.9216589862");
    }

    @Test
    void oneCurrencyHasNoRate() {
        assertThat(rate(100, USD, 100, USD)).isNull();
    }
}
