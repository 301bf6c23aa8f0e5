package app.ledger.account;

public record CreateAccountRequest(String name, String currency) {
}
