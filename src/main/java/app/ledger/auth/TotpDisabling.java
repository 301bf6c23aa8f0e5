package app.ledger.auth;

/**
 * The body of {@code DELETE /api/me/totp}: the password (none for a user without one) and a current code (or a
 * recovery code).
 */
public record TotpDisabling(String password, String code) {
}
