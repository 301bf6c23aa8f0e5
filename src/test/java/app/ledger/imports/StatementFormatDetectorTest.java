package app.ledger.imports;

import static app.ledger.imports.statement.Collected.LIMITS;
import static app.ledger.imports.statement.Collected.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ledger.imports.csv.CsvMapping;
import app.ledger.imports.csv.DecimalSeparator;
import app.ledger.imports.statement.Collected;
import app.ledger.imports.statement.StatementFormat;
import app.ledger.imports.statement.UnknownFormatException;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StatementFormatDetectorTest {

    @ParameterizedTest
    @CsvSource({
        "ofx/bank-sgml.ofx, OFX_SGML",
        "ofx/creditcard.qfx, OFX_SGML",
        "ofx/bank-xml.ofx, OFX_XML",
        "camt/camt053-v02.xml, CAMT_053",
        "camt/camt053-v08.xml, CAMT_053",
        "qif/us-bank.qif, QIF",
        "qif/eu-ccard.qif, QIF",
        "csv/de-utf8-bom.csv, CSV",
        "csv/de-cp1252-soll-haben.csv, CSV",
        "csv/us-tab.tsv, CSV",
    })
    void eachFixtureIsRecognisedByItsContent(String fixture, StatementFormat expected) {
        assertThat(StatementFormatDetector.detect(resource(fixture), LIMITS, "statement.dat", null))
                .isEqualTo(expected);
    }

    @Test
    void unknownFormatsSayWhichFormatsAreKnown() {
        assertThatThrownBy(() -> StatementFormatDetector.detect("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII),
                "statement.pdf", "application/pdf"))
                .isInstanceOfSatisfying(UnknownFormatException.class, e -> {
                    assertThat(e.status()).isEqualTo(415);
                    assertThat(e.getMessage()).contains("PDF").contains("CSV").contains("OFX 1.x").contains("QIF")
                            .contains("CAMT.053");
                    assertThat(e.members()).containsKey("knownFormats");
                });
        assertThatThrownBy(() -> StatementFormatDetector.detect(resource("camt/camt052.xml"), LIMITS, "x.xml", null))
                .isInstanceOf(UnknownFormatException.class).hasMessageContaining("camt.052");
        assertThatThrownBy(() -> StatementFormatDetector.detect("<html><body>".getBytes(StandardCharsets.US_ASCII),
                "x.html", "text/html")).isInstanceOf(UnknownFormatException.class);
        assertThatThrownBy(() -> StatementFormatDetector.detect(new byte[0], "x.csv", "text/csv"))
                .isInstanceOf(UnknownFormatException.class).hasMessageContaining("empty");
    }

    @Test
    void theReaderDispatchesToTheDetectedFormat() {
        Collected rows = new Collected();
        StatementReader.read(resource("qif/us-bank.qif"), StatementFormat.QIF,
                new StatementReadOptions(LIMITS, Currency.getInstance("USD"), null, null, null), rows);
        assertThat(rows.valid()).hasSize(3);

        Collected csv = new Collected();
        CsvMapping mapping = new CsvMapping(0, "MM/dd/yyyy", 2, null, null, DecimalSeparator.POINT, null, null,
                List.of(1), null, null, null);
        StatementReader.read(resource("csv/us-ambiguous.csv"), StatementFormat.CSV,
                new StatementReadOptions(LIMITS, Currency.getInstance("USD"), null, mapping, null), csv);
        assertThat(csv.valid()).hasSize(3);
    }
}
