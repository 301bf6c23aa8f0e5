package app.ledger.journal.history;

import static org.assertj.core.api.Assertions.assertThat;

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
}
