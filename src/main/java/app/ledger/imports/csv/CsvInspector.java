package app.ledger.imports.csv;

import app.ledger.imports.statement.ImportLimits;
import app.ledger.imports.statement.StatementSource;
import java.util.ArrayList;
import java.util.List;

/** Detects the dialect of a CSV file (unless given), reads its header and first rows and suggests a mapping. */
public final class CsvInspector {

    /** Rows shown and used for guessing. */
    public static final int SAMPLE_ROWS = 20;

    private CsvInspector() {
    }

    /** @param dialect the person's choice, or null to detect it */
    public static CsvInspection inspect(StatementSource source, ImportLimits limits, CsvDialect dialect) {
        CsvDialect used = dialect != null ? dialect : CsvSniffer.sniff(source, limits);
        CsvSniffer.Head head = CsvSniffer.head(source, limits, used.encoding());
        List<CsvRecords.Record> records = CsvSniffer.records(head, used.delimiter(), used.quote());
        List<String> header = List.of();
        List<List<String>> sample = new ArrayList<>();
        int skip = used.skipRecords();
        for (CsvRecords.Record record : records == null ? List.<CsvRecords.Record>of() : records) {
            if (skip-- > 0) {
                continue;
            }
            if (used.header() && header.isEmpty()) {
                header = record.fields().stream().map(String::strip).toList();
                continue;
            }
            if (sample.size() < SAMPLE_ROWS && record.fields().stream().anyMatch(f -> !f.isBlank())) {
                sample.add(record.fields());
            }
        }
        String fingerprint = header.isEmpty() ? null : CsvMapping.fingerprint(header);
        return new CsvInspection(used, header, sample, fingerprint, CsvMappingSuggester.suggest(header, sample));
    }
}
