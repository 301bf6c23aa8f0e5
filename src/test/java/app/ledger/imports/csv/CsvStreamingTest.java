package app.ledger.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.imports.statement.ImportLimits;
import app.ledger.imports.statement.ParseSummary;
import app.ledger.imports.statement.ParsedRow;
import app.ledger.imports.statement.StatementRow;
import app.ledger.imports.statement.StatementSink;
import app.ledger.imports.statement.StatementSource;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvStreamingTest {

    private static final int ROWS = 100_000;

    @Test
    void aHundredThousandRowsAreDeliveredOneAtATimeWhileTheFileIsStillBeingRead(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("big.csv");
        long expectedSum = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Buchungstag;Auftraggeber/Empfänger;Verwendungszweck;Betrag\n");
            for (int i = 0; i < ROWS; i++) {
                long cents = (i % 2 == 0 ? -1 : 1) * (100_000L + i);
                expectedSum += cents;
                out.write(String.format("%02d.%02d.2026;Händler %d;\"Einkauf; Nr. %d\";%s\n", 1 + i % 28,
                        1 + i % 12, i, i, CsvAmountFormat.german(cents)));
            }
        }
        long size = Files.size(file);
        AtomicLong bytesRead = new AtomicLong();
        StatementSource source = () -> new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    bytesRead.addAndGet(n);
                }
                return n;
            }
        };
        ImportLimits limits = new ImportLimits(20_000_000, ROWS);
        CsvInspection inspection = CsvInspector.inspect(source, limits, null);
        CsvMapping mapping = inspection.suggestion().mapping();
        assertThat(mapping.problems(4)).isEmpty();

        long[] sum = {0};
        long[] count = {0};
        long[] readWhenFirstRowArrived = {-1};
        StatementSink sink = new StatementSink() {
            @Override
            public void row(ParsedRow row) {
                if (readWhenFirstRowArrived[0] < 0) {
                    readWhenFirstRowArrived[0] = bytesRead.get();
                }
                sum[0] += ((StatementRow) row).amountMinor();
                count[0]++;
            }
        };
        bytesRead.set(0);
        long started = System.nanoTime();
        ParseSummary summary = CsvStatementParser.parse(source, inspection.dialect(), mapping,
                Currency.getInstance("EUR"), limits, sink);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("CSV: %d rows (%d bytes) parsed in %.2f s: %.0f rows/s%n", ROWS, size, seconds,
                ROWS / seconds);

        assertThat(summary.rows()).isEqualTo(ROWS);
        assertThat(summary.invalidRows()).isZero();
        assertThat(count[0]).isEqualTo(ROWS);
        assertThat(sum[0]).isEqualTo(expectedSum);
        assertThat(readWhenFirstRowArrived[0]).isPositive().isLessThan(size / 4);
    }

    /** German amounts with thousands dots and a decimal comma. */
    static final class CsvAmountFormat {
        static String german(long cents) {
            String plain = java.math.BigDecimal.valueOf(Math.abs(cents), 2).toPlainString();
            String grouped = app.ledger.money.Money.grouped(plain).replace(',', 'x').replace('.', ',').replace('x', '.');
            return (cents < 0 ? "-" : "") + grouped;
        }
    }

    @Test
    void germanFormatterOfThisTestWritesWhatBanksWrite() {
        assertThat(CsvAmountFormat.german(-123_456_789)).isEqualTo("-1.234.567,89");
        assertThat(List.of(CsvAmountFormat.german(5))).containsExactly("0,05");
    }
}
