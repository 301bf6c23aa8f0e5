package app.ledger.imports.statement;

import java.time.LocalDate;

/**
 * A transaction read from a statement.
 *
 * @param occurredOn    the day as the bank wrote it (CAMT: the booking date)
 * @param valueDate     CAMT's value date; null for the other formats
 * @param amountMinor   signed minor units of {@code currency}: negative money leaves the account
 * @param currency      ISO 4217 code
 * @param category      CSV only; null elsewhere
 * @param bankReference the bank's own id of the transaction (OFX FITID, CAMT AcctSvcrRef, a CSV column);
 *                      null when the file carries none
 */
public record StatementRow(int line, LocalDate occurredOn, LocalDate valueDate, long amountMinor, String currency,
        String payee, String description, String category, String bankReference) implements ParsedRow {
}
