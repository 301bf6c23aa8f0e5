package app.ledger.imports.inspect;

import app.ledger.imports.csv.CsvDialect;
import app.ledger.imports.csv.CsvMapping;
import app.ledger.imports.profile.ImportProfileRef;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * How a CSV file is read: its dialect, header and first records as text, the header's fingerprint, the
 * mapping used (given, the matching profile's, or the suggestion), the date formats that fit the sampled
 * dates (more than one: day and month cannot be told apart), what the mapping still lacks (empty: complete)
 * and the profile the mapping came from.
 */
@JsonPropertyOrder({"dialect", "header", "sample", "headerFingerprint", "mapping", "dateFormats", "problems",
        "profile"})
public record CsvInspectView(CsvDialect dialect, List<String> header, List<List<String>> sample,
        String headerFingerprint, CsvMapping mapping, List<String> dateFormats, List<String> problems,
        ImportProfileRef profile) {
}
