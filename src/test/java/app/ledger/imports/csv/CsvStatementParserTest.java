package app.ledger.imports.csv;

import static app.ledger.imports.statement.Collected.LIMITS;
import static app.ledger.imports.statement.Collected.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ledger.imports.statement.Collected;
import app.ledger.imports.statement.ImportLimits;
import app.ledger.imports.statement.ImportTooLargeException;
import app.ledger.imports.statement.MalformedStatementException;
import app.ledger.imports.statement.StatementRow;
import app.ledger.imports.statement.StatementSource;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvStatementParserTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void germanExportWithBomPreambleDecimalCommaAndQuotedLineBreaksIsDetectedAndRead() {
        StatementSource source = resource("csv/de-utf8-bom.csv");
        CsvInspection inspection = CsvInspector.inspect(source, LIMITS, null);
        assertThat(inspection.dialect()).isEqualTo(new CsvDialect("UTF-8", ';', '"', true, 1));
        assertThat(inspection.header()).containsExactly("Buchungstag", "Valuta", "Auftraggeber/Empfänger",
                "Verwendungszweck", "Betrag (EUR)", "Kundenreferenz");
        assertThat(inspection.headerFingerprint()).startsWith("sha256:");
        CsvMapping suggested = inspection.suggestion().mapping();
        assertThat(suggested.dateColumn()).isZero();
        assertThat(suggested.dateFormat()).isEqualTo("dd.MM.yyyy");
        assertThat(suggested.amountColumn()).isEqualTo(4);
        assertThat(suggested.decimalSeparator()).isEqualTo(DecimalSeparator.COMMA);
        assertThat(suggested.payeeColumn()).isEqualTo(2);
        assertThat(suggested.descriptionColumns()).containsExactly(3);

        CsvMapping mapping = new CsvMapping(0, "dd.MM.yyyy", 4, null, null, DecimalSeparator.COMMA, null, 2,
                List.of(3), null, 5, null);
        Collected rows = new Collected();
        CsvStatementParser.parse(source, inspection.dialect(), mapping, EUR, LIMITS, rows);

        assertThat(rows.valid()).containsExactly(
                new StatementRow(4, LocalDate.of(2026, 1, 31), null, -380, "EUR", "Bäckerei Müller",
                        "Brötchen; Kaffee", null, "REF-1"),
                new StatementRow(5, LocalDate.of(2026, 1, 30), null, 123_456_789, "EUR", "Arbeitgeber GmbH",
                        "Gehalt Januar Personalnr. 42", null, "REF-2"),
                new StatementRow(7, LocalDate.of(2026, 1, 15), null, -125_000, "EUR", "Vermieter", "Miete", null,
                        null));
        assertThat(rows.invalid()).singleElement().satisfies(invalid -> {
            assertThat(invalid.line()).isEqualTo(8);
            assertThat(invalid.reason()).contains("\"12.50\"").contains("decimal point");
        });
    }

    @Test
    void windows1252FileWithEuroSignAndDebitCreditColumnsIsRead() {
        StatementSource source = resource("csv/de-cp1252-soll-haben.csv");
        CsvInspection inspection = CsvInspector.inspect(source, LIMITS, null);
        assertThat(inspection.dialect().encoding()).isEqualTo("windows-1252");
        CsvMapping mapping = inspection.suggestion().mapping();
        assertThat(mapping.amountColumn()).isNull();
        assertThat(mapping.debitColumn()).isEqualTo(3);
        assertThat(mapping.creditColumn()).isEqualTo(4);
        assertThat(mapping.payeeColumn()).isEqualTo(1);
        assertThat(mapping.descriptionColumns()).containsExactly(2);
        assertThat(mapping.problems(5)).isEmpty();

        Collected rows = new Collected();
        CsvStatementParser.parse(source, inspection.dialect(), mapping, EUR, LIMITS, rows);
        assertThat(rows.valid()).extracting(StatementRow::amountMinor).containsExactly(-450L, 100_000L, -200L);
        assertThat(rows.valid().get(0).payee()).isEqualTo("Café Größe");
        assertThat(rows.valid().get(0).description()).isEqualTo("Kuchen 5€");
        assertThat(rows.valid().get(1).payee()).isEqualTo("Überweisung");
        assertThat(rows.valid().get(2).occurredOn()).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void latin1FileWithoutHeaderIsReadByColumnValues() {
        StatementSource source = resource("csv/latin1-headerless.csv");
        CsvInspection inspection = CsvInspector.inspect(source, LIMITS, null);
        assertThat(inspection.dialect()).isEqualTo(new CsvDialect("ISO-8859-1", ',', '"', false, 0));
        assertThat(inspection.header()).isEmpty();
        assertThat(inspection.sample()).hasSize(3);
        CsvMapping suggested = inspection.suggestion().mapping();
        assertThat(suggested.dateColumn()).isZero();
        assertThat(suggested.dateFormat()).isEqualTo("yyyy-MM-dd");
        assertThat(suggested.amountColumn()).isEqualTo(2);

        CsvMapping mapping = new CsvMapping(0, "yyyy-MM-dd", 2, null, null, DecimalSeparator.POINT, null, 1,
                null, null, null, null);
        Collected rows = new Collected();
        CsvStatementParser.parse(source, inspection.dialect(), mapping, USD, LIMITS, rows);
        assertThat(rows.valid()).extracting(StatementRow::payee).containsExactly("Señor Frío, Inc.", "Paycheck",
                "Cafè");
        assertThat(rows.valid()).extracting(StatementRow::amountMinor).containsExactly(-1234L, 250_000L, -99L);
        assertThat(rows.valid().get(0).line()).isEqualTo(1);
    }

    @Test
    void datesThatFitDayMonthAndMonthDayAreReportedAsAmbiguous() {
        StatementSource source = resource("csv/us-ambiguous.csv");
        CsvInspection inspection = CsvInspector.inspect(source, LIMITS, null);
        CsvSuggestion suggestion = inspection.suggestion();
        assertThat(suggestion.dateFormatAmbiguous()).isTrue();
        assertThat(suggestion.dateFormats()).containsExactly("dd/MM/yyyy", "MM/dd/yyyy");
        assertThat(suggestion.mapping().dateFormat()).isNull();
        assertThat(suggestion.mapping().problems(3)).contains("Choose the format of the dates.");
        assertThatThrownBy(() -> CsvStatementParser.parse(source, inspection.dialect(), suggestion.mapping(), USD,
                LIMITS, new Collected())).isInstanceOf(CsvMappingException.class);

        CsvMapping chosen = new CsvMapping(0, "MM/dd/yyyy", 2, null, null, DecimalSeparator.POINT, null, null,
                List.of(1), null, null, null);
        Collected rows = new Collected();
        CsvStatementParser.parse(source, inspection.dialect(), chosen, USD, LIMITS, rows);
        assertThat(rows.valid()).extracting(StatementRow::occurredOn).containsExactly(LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 3, 4), LocalDate.of(2026, 5, 6));
    }

    @Test
    void tabDelimitedDebitCreditExportWithCategoryAndReferenceIsRead() {
        StatementSource source = resource("csv/us-tab.tsv");
        CsvInspection inspection = CsvInspector.inspect(source, LIMITS, null);
        assertThat(inspection.dialect().delimiter()).isEqualTo('\t');
        CsvMapping mapping = inspection.suggestion().mapping();
        assertThat(mapping).isEqualTo(new CsvMapping(0, "MM/dd/yyyy", null, 2, 3, DecimalSeparator.POINT, null, 1,
                List.of(), 4, 5, null));
        Collected rows = new Collected();
        CsvStatementParser.parse(source, inspection.dialect(), mapping, USD, LIMITS, rows);
        assertThat(rows.valid()).containsExactly(
                new StatementRow(2, LocalDate.of(2026, 1, 31), null, -4510, "USD", "Grocer", null, "Food", "T100"),
                new StatementRow(3, LocalDate.of(2026, 2, 15), null, 120_000, "USD", "Employer", null, "Salary",
                        "T101"));
    }

    @Test
    void anUnclosedQuoteMakesTheFileMalformedAndNamesTheLine() {
        byte[] csv = "Date,Amount\n2026-01-01,-1.00\n2026-01-02,\"-2.00\n2026-01-03,-3.00\n"
                .getBytes(StandardCharsets.UTF_8);
        CsvMapping mapping = new CsvMapping(0, "yyyy-MM-dd", 1, null, null, null, null, null, null, null, null,
                null);
        assertThatThrownBy(() -> CsvStatementParser.parse(StatementSource.of(csv),
                new CsvDialect("UTF-8", ',', '"', true, 0), mapping, USD, LIMITS, new Collected()))
                .isInstanceOfSatisfying(MalformedStatementException.class, e -> {
                    assertThat(e.line()).isGreaterThanOrEqualTo(3);
                    assertThat(e.getMessage()).startsWith("Line ");
                });
    }

    @Test
    void moreRowsThanTheLimitAreRefused() {
        byte[] csv = "Date,Amount\n2026-01-01,1\n2026-01-02,2\n2026-01-03,3\n".getBytes(StandardCharsets.UTF_8);
        CsvMapping mapping = new CsvMapping(0, "yyyy-MM-dd", 1, null, null, null, null, null, null, null, null,
                null);
        assertThatThrownBy(() -> CsvStatementParser.parse(StatementSource.of(csv),
                new CsvDialect("UTF-8", ',', '"', true, 0), mapping, USD, new ImportLimits(1000, 2), new Collected()))
                .isInstanceOfSatisfying(ImportTooLargeException.class, e -> assertThat(e.limit()).isEqualTo("max-rows"));
        assertThatThrownBy(() -> CsvStatementParser.parse(StatementSource.of(csv),
                new CsvDialect("UTF-8", ',', '"', true, 0), mapping, USD, new ImportLimits(20, 10), new Collected()))
                .isInstanceOfSatisfying(ImportTooLargeException.class, e -> assertThat(e.limit()).isEqualTo("max-bytes"));
    }

    @Test
    void theMappingHasAStableJsonShapeAndTheHeaderAStableFingerprint() throws Exception {
        CsvMapping mapping = new CsvMapping(0, "dd.MM.yyyy", 4, null, null, DecimalSeparator.COMMA, null, 2,
                List.of(3), null, 5, null);
        ObjectMapper json = new ObjectMapper();
        String written = json.writeValueAsString(mapping);
        assertThat(written).isEqualTo("{\"dateColumn\":0,\"dateFormat\":\"dd.MM.yyyy\",\"amountColumn\":4,"
                + "\"decimalSeparator\":\"comma\",\"payeeColumn\":2,\"descriptionColumns\":[3],\"referenceColumn\":5}");
        assertThat(json.readValue(written, CsvMapping.class)).isEqualTo(mapping);
        assertThat(json.readValue(json.writeValueAsString(new CsvDialect("windows-1252", ';', '"', true, 2)),
                CsvDialect.class)).isEqualTo(new CsvDialect("windows-1252", ';', '"', true, 2));

        String fingerprint = CsvMapping.fingerprint(List.of("Buchungstag", "Betrag (EUR)"));
        assertThat(fingerprint).isEqualTo(CsvMapping.fingerprint(List.of(" buchungstag ", "BETRAG  (EUR)")));
        assertThat(fingerprint).isNotEqualTo(CsvMapping.fingerprint(List.of("Betrag (EUR)", "Buchungstag")));
        assertThat(fingerprint).matches("sha256:[0-9a-f]{64}");
    }
}
