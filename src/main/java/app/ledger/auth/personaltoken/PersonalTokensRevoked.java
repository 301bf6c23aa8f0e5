package app.ledger.auth.personaltoken;

/**
 * Fired after a personal access token was revoked ({@code tokenId} set), or every token of a user ended with
 * the user ({@code tokenId} null). {@code local} is true only where it happened, which tells the other
 * instances.
 */
public record PersonalTokensRevoked(long userId, Long tokenId, boolean local) {
}
