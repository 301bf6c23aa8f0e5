package app.ledger.ledger;

/** The answer to a transfer: both entries, each with its account's new balance. */
public record TransferView(String transferId, PostingView from, PostingView to) {
}
