package app.ledger.imports.duplicate;

import java.time.LocalDate;

/**
 * An entry of the account a statement row may repeat.
 *
 * @param signedMinor   what it did to the balance: negative when money left the account
 * @param bankReference the bank's id of the transaction it was imported from, or null
 */
public record ExistingEntry(long id, LocalDate occurredOn, long signedMinor, String payee, String description,
        String bankReference) {
}
