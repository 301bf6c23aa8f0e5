package app.ledger.auth.passkey;

public record PasskeyRename(String name) {
}
