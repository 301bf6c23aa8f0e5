package app.ledger.auth;

/**
 * The body of login: {@code {"username": ..., "password": ...}}, and for a user with two-step login on,
 * also {@code "totp"} (the authenticator's current code) or {@code "recoveryCode"}.
 */
public record Credentials(String username, String password, String totp, String recoveryCode) {

    public Credentials(String username, String password) {
        this(username, password, null, null);
    }
}
