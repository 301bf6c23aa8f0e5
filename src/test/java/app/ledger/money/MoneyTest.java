package app.ledger.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency BHD = Currency.getInstance("BHD");

    @Test
    void parsesToExactMinorUnits() {
        assertThat(Money.parse("12.34", USD).money()).hasValue(Money.of(1234, USD));
        assertThat(Money.parse("12.3", USD).money()).hasValue(Money.of(1230, USD));
        assertThat(Money.parse("12", USD).money()).hasValue(Money.of(1200, USD));
        assertThat(Money.parse("0.01", USD).money()).hasValue(Money.of(1, USD));
        assertThat(Money.parse("1500", JPY).money()).hasValue(Money.of(1500, JPY));
        assertThat(Money.parse("1.005", BHD).money()).hasValue(Money.of(1005, BHD));
        assertThat(Money.parse("92233720368547758.07", USD).money()).hasValue(Money.of(Long.MAX_VALUE, USD));
    }

    @Test
    void refusesEverythingElse() {
        for (String bad : new String[] {null, "", "-1", "+1", "1e2", "1E2", "NaN", "Infinity", ".5", "5.", "01",
                "1,5", " 1", "1 ", "0x1", "1.2.3", "١٢"}) {
            assertThat(Money.parse(bad, USD).money()).as(String.valueOf(bad)).isEmpty();
        }
        assertThat(Money.parse("1.234", USD).problem()).contains("at most 2 decimal places");
        assertThat(Money.parse("1.5", JPY).problem()).contains("whole number");
        assertThat(Money.parse("92233720368547758.08", USD).problem()).isEqualTo("is too large");
    }

    @Test
    void formatsWithTheCurrencysDecimals() {
        assertThat(Money.format(0, USD)).isEqualTo("0.00");
        assertThat(Money.format(5, USD)).isEqualTo("0.05");
        assertThat(Money.format(123456789, USD)).isEqualTo("1234567.89");
        assertThat(Money.format(1500, JPY)).isEqualTo("1500");
        assertThat(Money.format(1, BHD)).isEqualTo("0.001");
    }
}
