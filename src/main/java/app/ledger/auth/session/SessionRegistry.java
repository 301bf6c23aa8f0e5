package app.ledger.auth.session;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions this instance knows to be live, so that checking a request costs no query, and the ids it
 * knows to be gone (ended, expired, or never issued by this database), so that a token naming one costs
 * at most one query. Both are bounded: past the limit the least recently seen live session is dropped
 * from memory (not ended: it is read back from the database when it returns), and the oldest gone id.
 */
final class SessionRegistry {

    private final Map<String, LiveSession> live = new ConcurrentHashMap<>();
    /** Insertion ordered; guarded by itself, as are the moves between the two maps. */
    private final LinkedHashMap<String, Boolean> gone;
    private final int liveLimit;

    SessionRegistry(int liveLimit, int goneLimit) {
        this.liveLimit = liveLimit;
        this.gone = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > goneLimit;
            }
        };
    }

    /** The live session with this id, or null when this instance does not have it in memory. */
    LiveSession live(String id) {
        return live.get(id);
    }

    boolean isGone(String id) {
        synchronized (gone) {
            return gone.containsKey(id);
        }
    }

    /**
     * Keeps a session read from the database or just created, unless it ended meanwhile: a lookup that
     * raced with a logout must not bring the session back.
     */
    void remember(LiveSession session) {
        synchronized (gone) {
            if (gone.containsKey(session.id)) {
                return;
            }
            live.put(session.id, session);
        }
        if (live.size() > liveLimit) {
            live.values().stream().min(Comparator.comparingLong(LiveSession::seenAt))
                    .ifPresent(leastRecent -> live.remove(leastRecent.id, leastRecent));
        }
    }

    /** Answers whether the session was live here. */
    boolean forget(String id) {
        synchronized (gone) {
            gone.put(id, Boolean.TRUE);
            return live.remove(id) != null;
        }
    }

    /** Drops expired sessions; a token cannot outlive its session, so nobody can name them any more. */
    void dropExpired(Instant now) {
        live.values().removeIf(session -> !now.isBefore(session.expiresAt));
    }

    List<LiveSession> seenSinceRecorded() {
        return live.values().stream().filter(LiveSession::seenSinceRecorded).toList();
    }

    int size() {
        return live.size();
    }
}
