package app.ledger.imports.statement;

import java.time.LocalDate;

/** A balance the bank states, in signed minor units, as of the end of {@code on}. */
public record StatementBalance(long amountMinor, String currency, LocalDate on) {
}
