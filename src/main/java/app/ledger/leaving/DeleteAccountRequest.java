package app.ledger.leaving;

/**
 * The confirmation of {@code DELETE /api/me}: the user's password and, when they have two-step login on, a
 * current code from their authenticator app or one of their recovery codes.
 */
public record DeleteAccountRequest(String password, String totp) {
}
