package app.ledger.auth;

/** The body of register and login: {@code {"username": ..., "password": ...}}. */
public record Credentials(String username, String password) {
}
