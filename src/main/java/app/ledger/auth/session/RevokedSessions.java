package app.ledger.auth.session;

/** How many other sessions "log out everywhere else" ended. */
public record RevokedSessions(int revoked) {
}
