package app.ledger.auth;

import java.time.Instant;

/** A successful login: the token (also set as a cookie) and who it belongs to. */
public record LoginView(String token, String tokenType, Instant expiresAt, UserView user) {
}
