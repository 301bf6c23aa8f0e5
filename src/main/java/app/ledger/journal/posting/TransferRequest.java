package app.ledger.journal.posting;

public record TransferRequest(Long fromAccountId, Long toAccountId, String amount, String description) {
}
