package app.ledger.auth.session;

import java.time.Instant;

/** A session just stored: its id goes into the token, which must expire with it. */
public record OpenedSession(String id, Instant expiresAt) {
}
