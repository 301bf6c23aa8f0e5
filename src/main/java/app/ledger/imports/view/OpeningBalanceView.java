package app.ledger.imports.view;

import java.time.LocalDate;

/** The balance the statement states before its first row, offered as an opening-balance deposit. */
public record OpeningBalanceView(String amount, LocalDate occurredOn) {
}
