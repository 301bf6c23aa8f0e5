package app.ledger.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CsvAmountTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.234,56|COMMA|1234.56",
        "-1.234.567,8|COMMA|-1234567.8",
        "1234,56|COMMA|1234.56",
        "1,234.56|POINT|1234.56",
        "1'234.56|POINT|1234.56",
        "1\u202F234,56|COMMA|1234.56",
        "1\u00A0234,56|COMMA|1234.56",
        "1 234,56 €|COMMA|1234.56",
        "(12.50)|POINT|-12.50",
        "12,50-|COMMA|-12.50",
        "\u221212.50|POINT|-12.50",
        "12.50 DR|POINT|-12.50",
        "12.50 CR|POINT|12.50",
        "EUR -0,01|COMMA|-0.01",
        "+3|POINT|3",
        ",50|COMMA|0.50",
    })
    void amountsAreReadExactly(String text, DecimalSeparator separator, String expected) {
        assertThat(CsvAmount.parse(text, separator, null)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12,50|POINT",
        "12.50|COMMA",
        "1,23,456.00|POINT",
        "1.234.56|POINT",
        "12a3|POINT",
        "--|POINT",
        "1.2345,00|COMMA",
    })
    void textsThatAreNotAmountsInTheChosenStyleAreRefused(String text, DecimalSeparator separator) {
        assertThatThrownBy(() -> CsvAmount.parse(text, separator, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNamedThousandsSeparatorIsTheOnlyOneAccepted() {
        assertThat(CsvAmount.parse("1'234.50", DecimalSeparator.POINT, "'")).isEqualByComparingTo("1234.50");
        assertThatThrownBy(() -> CsvAmount.parse("1,234.50", DecimalSeparator.POINT, "'"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CsvAmount.parse("  ", DecimalSeparator.POINT, null)).isNull();
    }

    @Test
    void dateFormatsReadOneOrTwoDigitDaysAndRefuseImpossibleDays() {
        CsvDateFormat german = CsvDateFormat.of("d.M.yy").orElseThrow();
        assertThat(german.parse("1.2.26")).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(german.parse("01.02.99")).isEqualTo(LocalDate.of(1999, 2, 1));
        assertThat(german.parse("01.02.2026")).isNull();
        CsvDateFormat iso = CsvDateFormat.of("yyyy-MM-dd").orElseThrow();
        assertThat(iso.parse("2026-01-31T23:30:00+01:00")).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(iso.parse("2026-02-30")).isNull();
        assertThat(CsvDateFormat.of("yyyyMMdd").orElseThrow().parse("20260131")).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(CsvDateFormat.of("MM/dd/yyyy").orElseThrow().parse("1/31/2026 10:00"))
                .isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(CsvDateFormat.of("dd.MM.yyyy hh")).isEmpty();
        assertThat(CsvDateFormat.candidates(java.util.List.of("13/01/2026", "01/02/2026")))
                .containsExactly("dd/MM/yyyy");
    }
}
