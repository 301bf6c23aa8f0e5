package app.ledger.imports.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * An import as the API shows it. {@code rows} is every row of the file in file order where the answer carries
 * them (a preview, {@code GET /api/imports/{id}}), and absent from list items.
 */
@JsonPropertyOrder({"id", "accountId", "accountName", "fileName", "format", "formatLabel", "status", "counts",
        "currency", "openingBalance", "notes", "createdAt", "createdBy", "committedAt", "undoneAt", "rows"})
public record ImportView(long id, long accountId, String accountName, String fileName, String format,
        String formatLabel, String status, ImportCounts counts, String currency, OpeningBalanceView openingBalance,
        List<String> notes, Instant createdAt, String createdBy, Instant committedAt, Instant undoneAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ImportRowView> rows) {

    public ImportView withRows(List<ImportRowView> newRows) {
        return new ImportView(id, accountId, accountName, fileName, format, formatLabel, status, counts, currency,
                openingBalance, notes, createdAt, createdBy, committedAt, undoneAt, newRows);
    }

    public ImportView withoutRows() {
        return withRows(null);
    }
}
