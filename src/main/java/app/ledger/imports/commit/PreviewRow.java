package app.ledger.imports.commit;

import java.time.LocalDate;

/**
 * A row of an import's preview as the commit reads it. {@code status} is {@code new}, {@code duplicate} or
 * {@code invalid}; an invalid row may lack its day and amount.
 */
record PreviewRow(int rowNo, String status, LocalDate occurredOn, Long amountMinor, String currency, String payee,
        String description, String category, String bankReference) {

    static final String NEW = "new";
    static final String DUPLICATE = "duplicate";
    static final String INVALID = "invalid";

    /** Whether the row can become an entry at all: read, dated, with an amount. */
    boolean readable() {
        return !INVALID.equals(status) && occurredOn != null && amountMinor != null && currency != null;
    }
}
