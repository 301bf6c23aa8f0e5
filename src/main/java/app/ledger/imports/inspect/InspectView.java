package app.ledger.imports.inspect;

import app.ledger.imports.view.ImportRowView;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What the import wizard shows of a file before the import: its format, for CSV how it is read, its first
 * {@value InspectService#ROWS} rows (new or invalid: no duplicate check) and the parser's notes.
 */
@JsonPropertyOrder({"format", "formatLabel", "fileName", "csv", "rows", "notes"})
public record InspectView(String format, String formatLabel, String fileName, CsvInspectView csv,
        List<ImportRowView> rows, List<String> notes) {
}
