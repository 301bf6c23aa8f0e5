package app.ledger.auth;

/** The body of {@code POST /api/me/password}. */
public record PasswordChange(String currentPassword, String newPassword) {
}
