package app.ledger.auth;

/** The body of {@code POST /api/me/totp/confirm}: a code from the authenticator just set up. */
public record TotpConfirmation(String code) {
}
