package app.ledger.auth.session;

import java.time.Instant;

/** What a request needs to know about a session, kept in memory; the database row stays the truth. */
final class LiveSession {

    final String id;
    final long userId;
    final Instant expiresAt;
    /** When a request last named this session, and what of it was written to the database, in epoch ms. */
    private volatile long seenAt;
    private volatile long recordedSeenAt;

    LiveSession(String id, long userId, Instant expiresAt, Instant lastSeenAt) {
        this.id = id;
        this.userId = userId;
        this.expiresAt = expiresAt;
        this.seenAt = lastSeenAt.toEpochMilli();
        this.recordedSeenAt = seenAt;
    }

    static LiveSession of(UserSession row) {
        return new LiveSession(row.id, row.userId, row.expiresAt, row.lastSeenAt);
    }

    /** True when this session may serve a request for {@code user} at {@code now}; then it counts as seen. */
    boolean admits(long user, Instant now) {
        if (user != userId || !now.isBefore(expiresAt)) {
            return false;
        }
        seenAt = now.toEpochMilli();
        return true;
    }

    long seenAt() {
        return seenAt;
    }

    /** Seen since its last-seen time was last written. */
    boolean seenSinceRecorded() {
        return seenAt > recordedSeenAt;
    }

    void recorded(long seenAt) {
        recordedSeenAt = seenAt;
    }
}
