package app.ledger.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
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
        assertThat(Money.parse("1e2", USD).problem())
                .isEqualTo("Enter the amount as digits with a decimal point, such as 12.34.");
        assertThat(Money.parse("1.234", USD).problem()).isEqualTo("USD amounts have at most 2 decimal places.");
        assertThat(Money.parse("1.0001", BHD).problem()).isEqualTo("BHD amounts have at most 3 decimal places.");
        assertThat(Money.parse("1.5", JPY).problem())
                .isEqualTo("JPY amounts are whole numbers, without decimal places.");
        assertThat(Money.parse("92233720368547758.08", USD).problem()).isEqualTo("This amount is too large.");
    }

    @Test
    void formatsWithTheCurrencysDecimals() {
        assertThat(Money.format(0, USD)).isEqualTo("0.00");
        assertThat(Money.format(5, USD)).isEqualTo("0.05");
        assertThat(Money.format(123456789, USD)).isEqualTo("1234567.89");
        assertThat(Money.format(1500, JPY)).isEqualTo("1500");
        assertThat(Money.format(1, BHD)).isEqualTo("0.001");
    }

    @Test
    void formatsEveryAmountAsBigDecimalWritesIt() {
        SplittableRandom random = new SplittableRandom(3);
        for (Currency currency : List.of(USD, JPY, BHD, Currency.getInstance("CLF"))) {
            int digits = currency.getDefaultFractionDigits();
            for (long minor : new long[] {0, 1, -1, 9, -9, 10, 99, 100, -100, 1000, Long.MAX_VALUE, Long.MIN_VALUE,
                    Long.MIN_VALUE + 1}) {
                assertThat(Money.format(minor, currency))
                        .isEqualTo(BigDecimal.valueOf(minor, digits).toPlainString());
            }
            for (int i = 0; i < 20_000; i++) {
                long minor = random.nextLong() >> random.nextInt(64);
                assertThat(Money.format(minor, currency))
                        .isEqualTo(BigDecimal.valueOf(minor, digits).toPlainString());
            }
        }
    }

    @Test
    void formatsForPeopleExactlyWithGroupedThousands() {
        assertThat(Money.formatForPeople(102000, USD)).isEqualTo("1,020.00");
        assertThat(Money.formatForPeople(500000, USD)).isEqualTo("5,000.00");
        assertThat(Money.formatForPeople(5, USD)).isEqualTo("0.05");
        assertThat(Money.formatForPeople(99999, USD)).isEqualTo("999.99");
        assertThat(Money.formatForPeople(1234567, JPY)).isEqualTo("1,234,567");
        assertThat(Money.formatForPeople(1234567, BHD)).isEqualTo("1,234.567");
        assertThat(Money.formatForPeople(Long.MAX_VALUE, USD)).isEqualTo("92,233,720,368,547,758.07");
        assertThat(Money.grouped("1000000000.00")).isEqualTo("1,000,000,000.00");
        assertThat(Money.grouped("-1234.5")).isEqualTo("-1,234.5");
        assertThat(Money.grouped("100")).isEqualTo("100");
    }
}
