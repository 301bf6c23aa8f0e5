package app.ledger.imports.preview;

import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.imports.statement.StatementBalance;
import app.ledger.imports.statement.StatementFormat;
import app.ledger.imports.statement.StatementHeader;
import app.ledger.imports.statement.StatementRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningBalanceOfferTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);
    private static final List<StatementRow> ROWS = List.of(row(JUNE_1.plusDays(2), -1250), row(JUNE_1, 50_000));

    @Test
    void camtOffersItsOpeningBalance() {
        StatementHeader header = new StatementHeader("EUR", null, new StatementBalance(10_000, "EUR",
                JUNE_1.minusDays(1)), null, null);
        assertThat(OpeningBalanceOffer.of(StatementFormat.CAMT_053, List.of(header), ROWS, "EUR"))
                .isEqualTo(new OpeningBalanceOffer.Offer(10_000, JUNE_1.minusDays(1), "EUR"));
    }

    @Test
    void ofxOffersItsClosingBalanceLessTheRowsOnTheFirstDay() {
        StatementHeader header = new StatementHeader("EUR", null, null, new StatementBalance(60_000, "EUR",
                JUNE_1.plusDays(29)), null);
        assertThat(OpeningBalanceOffer.of(StatementFormat.OFX_SGML, List.of(header), ROWS, "EUR"))
                .isEqualTo(new OpeningBalanceOffer.Offer(11_250, JUNE_1, "EUR"));
    }

    @Test
    void nothingIsOfferedWithoutOneStatementInTheAccountsCurrencyAndAPositiveBalance() {
        StatementHeader opening = new StatementHeader("EUR", null, new StatementBalance(10_000, "EUR", JUNE_1),
                null, null);
        assertThat(OpeningBalanceOffer.of(StatementFormat.CAMT_053, List.of(opening), ROWS, "USD")).isNull();
        assertThat(OpeningBalanceOffer.of(StatementFormat.CAMT_053, List.of(opening, opening), ROWS, "EUR")).isNull();
        assertThat(OpeningBalanceOffer.of(StatementFormat.CSV, List.of(), ROWS, "EUR")).isNull();
        StatementHeader overdrawn = new StatementHeader("EUR", null, null, new StatementBalance(1000, "EUR",
                JUNE_1), null);
        assertThat(OpeningBalanceOffer.of(StatementFormat.OFX_XML, List.of(overdrawn), ROWS, "EUR")).isNull();
    }

    private static StatementRow row(LocalDate day, long amount) {
        return new StatementRow(1, day, null, amount, "EUR", "p", null, null, null);
    }
}
