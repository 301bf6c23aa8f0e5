package app.ledger.journal.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.journal.EntryView;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFormatTest {

    @Test
    void plainCellsStayAsTheyAre() {
        assertThat(CsvFormat.cell("coffee")).isEqualTo("coffee");
        assertThat(CsvFormat.cell("12.50")).isEqualTo("12.50");
        assertThat(CsvFormat.cell(null)).isEmpty();
        assertThat(CsvFormat.cell("")).isEmpty();
    }

    @Test
    void cellsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertThat(CsvFormat.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvFormat.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvFormat.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvFormat.cell("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreNeutralised() {
        assertThat(CsvFormat.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvFormat.cell("+1")).isEqualTo("'+1");
        assertThat(CsvFormat.cell("-1")).isEqualTo("'-1");
        assertThat(CsvFormat.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvFormat.cell("\tTAB")).isEqualTo("'\tTAB");
        assertThat(CsvFormat.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(CsvFormat.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void amountsAreSignedNumbersThatAreNeverNeutralised() {
        assertThat(CsvFormat.row(entry("withdrawal", "12.50", "87.50", "-5 coffee")))
                .isEqualTo("7,3,2026-01-31T10:00:00Z,withdrawal,-12.50,EUR,87.50,'-5 coffee,,,2026-01-30,,,,,,,,,"
                        + "87.50,\r\n");
        assertThat(CsvFormat.row(entry("transfer_out", "1000000.00", "0.00", null)))
                .contains(",transfer_out,-1000000.00,EUR,0.00,");
        assertThat(CsvFormat.row(entry("deposit", "0.01", "0.01", null))).contains(",deposit,0.01,EUR,0.01,");
        assertThat(CsvFormat.row(entry("transfer_in", "3", "3", null))).contains(",transfer_in,3,EUR,3,");
    }

    @Test
    void theFileStartsWithAByteOrderMarkThenTheHeader() {
        assertThat(CsvFormat.START).startsWith("\uFEFFid,seq,created_at,type,amount,");
        assertThat(CsvFormat.START.getBytes(StandardCharsets.UTF_8)).startsWith(0xEF, 0xBB, 0xBF);
    }

    private static EntryView entry(String type, String amount, String balanceAfter, String description) {
        Instant recorded = Instant.parse("2026-01-31T10:00:00Z");
        return new EntryView(7, 1, null, 3, type, amount, balanceAfter, balanceAfter, "EUR",
                LocalDate.of(2026, 1, 30), recorded, recorded, description, null, null, List.of(), null, null, null,
                null, null, null, null, null, null);
    }
}
