package app.ledger.auth;

import java.time.Instant;

/**
 * Fired after a token was revoked (logout); whatever it still keeps open must end. {@code local} is false
 * when the revocation was made by another instance and only learned here.
 */
public record TokenRevoked(String jti, Instant expiresAt, boolean local) {
}
