package app.ledger.leaving;

/**
 * The confirmation of {@code DELETE /api/me}: the user's password, and a current second-factor code when
 * they have turned one on.
 */
public record DeleteAccountRequest(String password, String totp) {
}
