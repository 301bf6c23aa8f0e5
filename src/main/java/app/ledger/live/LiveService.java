package app.ledger.live;

import app.ledger.config.LedgerConfig;
import app.ledger.journal.posting.CommittedEntry;
import app.ledger.journal.history.HistoryService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/** Opens a user's live stream: replay of what was missed, then live events, heartbeats, and an end. */
@ApplicationScoped
public class LiveService {

    static final int REPLAY_CHUNK = 500;
    /** Events a slow client may fall behind by before its stream is ended; it resumes from its last id. */
    static final int MAX_BEHIND = 512;

    private final LiveHub hub;
    private final HistoryService history;
    private final Vertx vertx;
    private final Duration heartbeat;
    private final int maxStreamsPerUser;

    public LiveService(LiveHub hub, HistoryService history, Vertx vertx, LedgerConfig config) {
        this.hub = hub;
        this.history = history;
        this.vertx = vertx;
        this.heartbeat = config.live().heartbeat();
        this.maxStreamsPerUser = config.live().maxStreamsPerUser();
    }

    /**
     * @param resumeAfter the client's Last-Event-ID, or null for live events only
     * @param sessionId the stream ends when this session ends
     * @param tokenExpiry the stream ends when the token that opened it expires
     * @throws TooManyStreamsException when the user already holds as many streams as allowed: checked
     *         here, before the answer starts, so that the client gets a 429 rather than an empty stream
     */
    public Multi<LiveEvent> open(long userId, String sessionId, Instant tokenExpiry, Long resumeAfter) {
        if (hub.openStreams(userId) >= maxStreamsPerUser) {
            throw new TooManyStreamsException(maxStreamsPerUser);
        }
        return Multi.createFrom().<LiveEvent>emitter(emitter -> {
            boolean replay = resumeAfter != null;
            Subscription subscription = new Subscription(userId, sessionId, emitter,
                    replay ? resumeAfter : 0, replay);
            if (!hub.add(subscription, maxStreamsPerUser)) {
                // another stream of the user took the last place since the check above
                subscription.end();
                return;
            }
            long beat = vertx.setPeriodic(heartbeat.toMillis(), id -> subscription.heartbeat());
            long expiry = vertx.setTimer(Math.max(1, Duration.between(Instant.now(), tokenExpiry).toMillis()),
                    id -> subscription.sessionEnded(SessionEndView.EXPIRED));
            emitter.onTermination(() -> {
                hub.remove(subscription);
                vertx.cancelTimer(beat);
                vertx.cancelTimer(expiry);
            });
            if (replay) {
                replayFrom(subscription, LiveEvent.firstEntryAfter(resumeAfter))
                        .subscribe().with(done -> subscription.replayDone(), subscription::fail);
            }
        }, MAX_BEHIND);
    }

    /**
     * Replays entries and edits from a position on, merged in commit order, a chunk of each at a time: a
     * chunk is sent up to where the fuller of the two lists ends, and the next starts after it.
     */
    private Uni<Void> replayFrom(Subscription subscription, long fromId) {
        return history.entriesFrom(subscription.userId, fromId, REPLAY_CHUNK).flatMap(appended -> history
                .updatesFrom(subscription.userId, fromId, REPLAY_CHUNK).flatMap(updated -> {
                    long upTo = Long.MAX_VALUE;
                    if (appended.size() == REPLAY_CHUNK) {
                        upTo = appended.get(appended.size() - 1).id();
                    }
                    if (updated.size() == REPLAY_CHUNK) {
                        upTo = Math.min(upTo, updated.get(updated.size() - 1).order());
                    }
                    long last = upTo;
                    Stream.concat(appended.stream().map(view -> new CommittedEntry(subscription.userId, view)),
                                    updated.stream())
                            .filter(committed -> committed.order() <= last)
                            .sorted(Comparator.comparingLong(CommittedEntry::order))
                            .forEach(subscription::replayed);
                    return last == Long.MAX_VALUE ? Uni.createFrom().voidItem()
                            : replayFrom(subscription, last + 1);
                }));
    }
}
