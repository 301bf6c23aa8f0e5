package app.ledger.imports.csv;

import java.util.List;

/**
 * What the import wizard shows before a CSV file is read: how it is written, its column names (empty without a
 * header row), its first rows as text, the {@link CsvMapping#fingerprint} of the header and a suggested mapping.
 */
public record CsvInspection(CsvDialect dialect, List<String> header, List<List<String>> sample,
        String headerFingerprint, CsvSuggestion suggestion) {

    public CsvInspection {
        header = List.copyOf(header);
        sample = sample.stream().map(List::copyOf).toList();
    }
}
