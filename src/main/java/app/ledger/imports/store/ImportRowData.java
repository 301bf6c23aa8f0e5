package app.ledger.imports.store;

import java.time.LocalDate;

/**
 * One row of an import as stored in {@code import_rows}. For an invalid row only {@code line} and
 * {@code reason} say anything.
 *
 * @param rowNo            1-based position in the file
 * @param amountMinor      signed minor units of {@code currency}; negative: money out of the account
 * @param duplicateOfEntry the entry a duplicate repeats
 */
public record ImportRowData(int rowNo, int line, RowStatus status, String reason, LocalDate occurredOn,
        LocalDate valueOn, Long amountMinor, String currency, String payee, String description, String category,
        String bankReference, Long duplicateOfEntry) {
}
