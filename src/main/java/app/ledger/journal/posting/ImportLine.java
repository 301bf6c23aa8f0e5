package app.ledger.journal.posting;

import java.time.LocalDate;

/**
 * One statement row to append: its number in the file (for messages), its day, its signed amount in minor
 * units (negative: money out of the account), and what the entry shows. Texts are checked and trimmed to the
 * entry's limits already.
 */
public record ImportLine(int rowNo, LocalDate occurredOn, long amountMinor, String payee, String description,
        Long categoryId, String bankReference) {
}
