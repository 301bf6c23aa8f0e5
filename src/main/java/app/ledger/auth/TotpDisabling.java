package app.ledger.auth;

/** The body of {@code DELETE /api/me/totp}: the password and a current code (or a recovery code). */
public record TotpDisabling(String password, String code) {
}
