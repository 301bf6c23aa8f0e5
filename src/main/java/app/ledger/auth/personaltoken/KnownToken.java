package app.ledger.auth.personaltoken;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/** A personal access token this instance has verified, and when it was last used here. */
final class KnownToken {

    final long id;
    final long userId;
    final boolean write;
    /** Null: the token does not expire. */
    final Instant expiresAt;
    private volatile long usedAt;
    /** When last use was last written to the database (epoch ms; 0: never). */
    private volatile long recordedAt;
    private final AtomicBoolean recording = new AtomicBoolean();

    private KnownToken(long id, long userId, boolean write, Instant expiresAt, long recordedAt) {
        this.id = id;
        this.userId = userId;
        this.write = write;
        this.expiresAt = expiresAt;
        this.recordedAt = recordedAt;
        this.usedAt = recordedAt;
    }

    static KnownToken of(PersonalToken row) {
        return new KnownToken(row.id, row.userId, row.scopes.contains(PersonalTokenScope.WRITE.code()),
                row.expiresAt, row.lastUsedAt == null ? 0 : row.lastUsedAt.toEpochMilli());
    }

    boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    long usedAt() {
        return usedAt;
    }

    boolean everRecorded() {
        return recordedAt != 0;
    }

    /**
     * Notes a use; answers whether its time should be written now: the first use, or the first one at least
     * {@code interval} after the last write, and only when no write is under way.
     */
    boolean used(long now, long intervalMillis) {
        usedAt = now;
        return now - recordedAt >= intervalMillis && recording.compareAndSet(false, true);
    }

    void recorded(long at) {
        recordedAt = at;
        recording.set(false);
    }

    void notRecorded() {
        recording.set(false);
    }
}
