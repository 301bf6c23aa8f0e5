package app.ledger.ledger;

public record TransferRequest(Long fromAccountId, Long toAccountId, String amount, String description) {
}
