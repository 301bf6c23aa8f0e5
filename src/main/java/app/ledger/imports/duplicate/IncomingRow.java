package app.ledger.imports.duplicate;

import java.time.LocalDate;

/** A valid statement row to judge, as {@link DuplicateMatcher} needs it. */
public record IncomingRow(LocalDate occurredOn, long signedMinor, String payee, String description,
        String bankReference) {
}
