package app.ledger.imports.qif;

import static app.ledger.imports.statement.Collected.LIMITS;
import static app.ledger.imports.statement.Collected.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ledger.imports.statement.Collected;
import app.ledger.imports.statement.MalformedStatementException;
import app.ledger.imports.statement.ParseSummary;
import app.ledger.imports.statement.StatementRow;
import app.ledger.imports.statement.UnknownFormatException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class QifStatementParserTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void usBankFileWithApostropheYearsAndThousandsCommasIsRead() {
        Collected rows = new Collected();
        QifStatementParser.parse(resource("qif/us-bank.qif"), USD, null, LIMITS, rows);
        assertThat(rows.valid()).containsExactly(
                new StatementRow(2, LocalDate.of(2026, 1, 31), null, -123_456, "USD", "Landlord LLC",
                        "Rent January (no. 1001)", "Housing:Rent", null),
                new StatementRow(9, LocalDate.of(2026, 2, 1), null, 250_000, "USD", "ACME Payroll", null, "Salary",
                        null),
                new StatementRow(14, LocalDate.of(2025, 12, 24), null, -1999, "USD", "Streaming", null, null, null));
    }

    @Test
    void europeanCreditCardFileIsReadDayFirstFromOneUnambiguousDate() {
        Collected rows = new Collected();
        ParseSummary summary = QifStatementParser.parse(resource("qif/eu-ccard.qif"), EUR, null, LIMITS, rows);
        assertThat(summary.notes()).isEmpty();
        assertThat(rows.valid()).extracting(StatementRow::occurredOn).containsExactly(LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 2, 5), LocalDate.of(2026, 2, 1));
        assertThat(rows.valid()).extracting(StatementRow::amountMinor).containsExactly(-123_456L, -999L, 25_000L);
        assertThat(rows.valid()).extracting(StatementRow::payee).containsExactly("Möbelhaus", "Streamingdienst",
                "Rückzahlung");
    }

    @Test
    void datesAmbiguousThroughoutAreReadByTheSeparatorAndSaySo() {
        Collected rows = new Collected();
        ParseSummary summary = QifStatementParser.parse(resource("qif/ambiguous-dots.qif"), EUR, null, LIMITS, rows);
        assertThat(rows.valid()).extracting(StatementRow::occurredOn).containsExactly(LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 4, 3));
        assertThat(summary.notes()).singleElement().asString().contains("day/month");

        Collected chosen = new Collected();
        QifStatementParser.parse(resource("qif/ambiguous-dots.qif"), EUR, QifDateOrder.MONTH_DAY, LIMITS, chosen);
        assertThat(chosen.valid()).extracting(StatementRow::occurredOn).containsExactly(LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 3, 4));
    }

    @Test
    void datesThatContradictEachOtherMakeTheFileMalformed() {
        assertThatThrownBy(() -> QifStatementParser.parse(resource("qif/mixed-orders.qif"), EUR, null, LIMITS,
                new Collected())).isInstanceOfSatisfying(MalformedStatementException.class, e -> {
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.getMessage()).contains("line 2").contains("line 5");
                });
    }

    @Test
    void investmentSectionsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> QifStatementParser.parse(resource("qif/invst.qif"), USD, null, LIMITS,
                new Collected())).isInstanceOf(UnknownFormatException.class)
                .hasMessageContaining("Invst")
                .hasMessageContaining("!Type:Bank");
    }

    @Test
    void badRowsAreInvalidWithTheirLinesAndTheOthersAreRead() {
        Collected rows = new Collected();
        QifStatementParser.parse(resource("qif/bad-row.qif"), USD, null, LIMITS, rows);
        assertThat(rows.valid()).extracting(StatementRow::payee).containsExactly("ok");
        assertThat(rows.invalid()).extracting(i -> i.line()).containsExactly(6, 10);
        assertThat(rows.invalid().get(0).reason()).contains("2/30/2026");
        assertThat(rows.invalid().get(1).reason()).contains("abc");
    }

    @Test
    void amountsWithEitherDecimalMarkAreExact() {
        assertThat(QifStatementParser.amount("-1,234.56")).isEqualByComparingTo(new BigDecimal("-1234.56"));
        assertThat(QifStatementParser.amount("-1.234,56")).isEqualByComparingTo(new BigDecimal("-1234.56"));
        assertThat(QifStatementParser.amount("1,234")).isEqualByComparingTo(new BigDecimal("1234"));
        assertThat(QifStatementParser.amount("0.1")).isEqualByComparingTo(new BigDecimal("0.10"));
        assertThat(QifStatementParser.amount("1,234,567.00")).isEqualByComparingTo(new BigDecimal("1234567"));
        assertThat(QifStatementParser.amount("1.2.3")).isNull();
        assertThat(QifStatementParser.amount("abc")).isNull();
    }
}
