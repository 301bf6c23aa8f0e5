package app.ledger.imports.view;

import java.time.LocalDate;

/** The entry a duplicate row repeats; {@code amount} signed like the row's. */
public record DuplicateOfView(long entryId, LocalDate occurredOn, String amount, String payee) {
}
