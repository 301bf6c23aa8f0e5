package app.ledger.imports.ofx;

import static app.ledger.imports.statement.Collected.LIMITS;
import static app.ledger.imports.statement.Collected.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ledger.imports.statement.Collected;
import app.ledger.imports.statement.ImportLimits;
import app.ledger.imports.statement.ImportTooLargeException;
import app.ledger.imports.statement.MalformedStatementException;
import app.ledger.imports.statement.StatementBalance;
import app.ledger.imports.statement.StatementHeader;
import app.ledger.imports.statement.StatementRow;
import app.ledger.imports.statement.StatementSource;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfxStatementParserTest {

    @Test
    void sgmlBankStatementWithoutClosingTagsIsRead() {
        Collected rows = new Collected();
        OfxStatementParser.parse(resource("ofx/bank-sgml.ofx"), LIMITS, rows);
        assertThat(rows.invalid()).isEmpty();
        assertThat(rows.valid()).containsExactly(
                // 23:30 in New York is still the 31st: the day as written
                new StatementRow(39, LocalDate.of(2026, 1, 31), null, -123_450, "USD", "Café & Bar", "Card 1234",
                        null, "202601310001"),
                new StatementRow(47, LocalDate.of(2026, 1, 15), null, 250_000, "USD", "ACME PAYROLL", null, null,
                        "202601150002"),
                new StatementRow(54, LocalDate.of(2026, 1, 10), null, -4510, "USD", "Grocer Inc", "Groceries", null,
                        "202601100003"));
        assertThat(rows.statements).containsExactly(new StatementHeader("USD", "000123456789", null,
                new StatementBalance(122_040, "USD", LocalDate.of(2026, 1, 31)),
                new StatementBalance(120_000, "USD", LocalDate.of(2026, 2, 1))));
    }

    @Test
    void qfxCreditCardStatementOnOneLineIsRead() {
        Collected rows = new Collected();
        OfxStatementParser.parse(resource("ofx/creditcard.qfx"), LIMITS, rows);
        assertThat(rows.valid()).extracting(StatementRow::amountMinor).containsExactly(-1999L, 10_000L);
        assertThat(rows.valid()).extracting(StatementRow::payee).containsExactly("STREAMING SVC", "PAYMENT THANK YOU");
        assertThat(rows.valid()).extracting(StatementRow::bankReference).containsExactly("CC-1", "CC-2");
        assertThat(rows.valid().get(0).occurredOn()).isEqualTo(LocalDate.of(2026, 2, 5));
        assertThat(rows.statements).singleElement().satisfies(header -> {
            assertThat(header.account()).isEqualTo("4111111111111111");
            assertThat(header.closing()).isEqualTo(new StatementBalance(-35_025, "USD", LocalDate.of(2026, 2, 28)));
        });
    }

    @Test
    void xmlStatementIsReadWithPayeeAggregateAndForeignCurrency() {
        Collected rows = new Collected();
        OfxStatementParser.parse(resource("ofx/bank-xml.ofx"), LIMITS, rows);
        assertThat(rows.invalid()).singleElement().satisfies(invalid -> {
            assertThat(invalid.line()).isEqualTo(14);
            assertThat(invalid.reason()).contains("20260228T");
        });
        assertThat(rows.valid()).containsExactly(
                new StatementRow(20, LocalDate.of(2026, 2, 3), null, -735, "EUR", "Bäckerei & Café", "Frühstück",
                        null, "X-1"),
                new StatementRow(28, LocalDate.of(2026, 2, 4), null, 300_000, "CHF", "Arbeitgeber", null, null,
                        "X-2"));
        assertThat(rows.statements).singleElement().satisfies(header -> {
            assertThat(header.accountCurrency()).isEqualTo("EUR");
            assertThat(header.closing()).isEqualTo(new StatementBalance(299_265, "EUR", LocalDate.of(2026, 2, 28)));
        });
    }

    @Test
    void aFileCutOffInsideATransactionIsMalformedAtThatTransaction() {
        assertThatThrownBy(() -> OfxStatementParser.parse(resource("ofx/truncated.ofx"), LIMITS, new Collected()))
                .isInstanceOfSatisfying(MalformedStatementException.class, e -> {
                    assertThat(e.line()).isEqualTo(47);
                    assertThat(e.getMessage()).startsWith("Line 47: The file ends inside the transaction");
                });
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyRowIsRead() {
        Collected rows = new Collected();
        assertThatThrownBy(() -> OfxStatementParser.parse(resource("ofx/billion-laughs.ofx"), LIMITS, rows))
                .isInstanceOf(MalformedStatementException.class)
                .hasMessageContaining("DOCTYPE");
        assertThat(rows.rows).isEmpty();
    }

    @Test
    void aFileWithoutBankOrCardStatementIsMalformed() {
        byte[] signOnOnly = "OFXHEADER:100\n\n<OFX><SIGNONMSGSRSV1><SONRS><DTSERVER>20260101</SONRS></SIGNONMSGSRSV1></OFX>"
                .getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> OfxStatementParser.parse(StatementSource.of(signOnOnly), LIMITS, new Collected()))
                .isInstanceOf(MalformedStatementException.class)
                .hasMessageContaining("no bank or credit card statement");
    }

    @Test
    void filesOverTheByteLimitAreTooLargeInBothForms() {
        for (String fixture : new String[] {"ofx/bank-sgml.ofx", "ofx/bank-xml.ofx"}) {
            assertThatThrownBy(() -> OfxStatementParser.parse(resource(fixture), new ImportLimits(1000, 100),
                    new Collected())).isInstanceOf(ImportTooLargeException.class);
        }
    }

    @Test
    void ofxDatesKeepTheDayAsWritten() {
        assertThat(OfxDates.day("20260131")).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(OfxDates.day("20260131233000.000[-5:EST]")).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(OfxDates.day("20260101003000[+5.30:IST]")).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(OfxDates.day("20260131120000")).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(OfxDates.day("20260231")).isNull();
        assertThat(OfxDates.day("2026-01-31")).isNull();
    }
}
