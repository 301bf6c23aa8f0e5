package app.ledger.imports.parse;

import app.ledger.imports.csv.CsvInspection;
import app.ledger.imports.csv.CsvMapping;
import app.ledger.imports.profile.ImportProfileRef;
import java.util.List;

/**
 * How a CSV file was (or would be) read: its inspection, the mapping chosen (given, the profile's, or the
 * suggestion) and what keeps that mapping from reading the file (empty when it is complete).
 */
public record CsvReading(CsvInspection inspection, CsvMapping mapping, List<String> problems,
        ImportProfileRef profile) {

    public boolean complete() {
        return problems.isEmpty();
    }

    /** Columns of the file as far as its header or first row tells. */
    static int columns(CsvInspection inspection) {
        if (!inspection.header().isEmpty()) {
            return inspection.header().size();
        }
        return inspection.sample().isEmpty() ? 0 : inspection.sample().get(0).size();
    }
}
