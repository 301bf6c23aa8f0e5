package app.ledger.ledger;

/** The answer to a deposit or withdrawal: the new entry and the account's balance after it. */
public record PostingView(EntryView entry, String balance) {
}
