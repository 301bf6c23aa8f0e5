package app.ledger.auth;

/** Fired after a token was revoked (logout); whatever it still keeps open must end. */
public record TokenRevoked(String jti) {
}
