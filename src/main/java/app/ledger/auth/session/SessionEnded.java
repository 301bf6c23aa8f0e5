package app.ledger.auth.session;

/**
 * Fired after a session ended (logout), or was found gone; whatever it still keeps open must end.
 * {@code local} is true only where the session was ended, which tells the other instances.
 */
public record SessionEnded(String sessionId, boolean local) {
}
