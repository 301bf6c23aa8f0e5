package app.ledger.live;

import app.ledger.journal.posting.CommittedEntry;
import io.smallrye.mutiny.subscription.MultiEmitter;
import java.util.ArrayList;
import java.util.List;

/**
 * One open stream. While it replays missed entries from the database, live events are held back; when
 * the replay is done they are sent, skipping what the replay already delivered. Either way each
 * position goes out once, in order.
 */
final class Subscription {

    final long userId;
    /** The session that opened the stream: the stream ends with it. */
    final String sessionId;
    private final MultiEmitter<? super LiveEvent> emitter;
    private final List<CommittedEntry> heldBack = new ArrayList<>();
    private boolean replaying;
    private long sentUpTo;

    Subscription(long userId, String sessionId, MultiEmitter<? super LiveEvent> emitter, long resumeAfter,
            boolean replaying) {
        this.userId = userId;
        this.sessionId = sessionId;
        this.emitter = emitter;
        this.sentUpTo = resumeAfter;
        this.replaying = replaying;
    }

    synchronized void committed(CommittedEntry entry) {
        if (replaying) {
            heldBack.add(entry);
        } else {
            send(entry);
        }
    }

    synchronized void replayed(CommittedEntry entry) {
        send(entry);
    }

    synchronized void replayDone() {
        replaying = false;
        heldBack.forEach(this::send);
        heldBack.clear();
    }

    /** Sent at once, also while replaying: a notice has no position to keep in order. */
    synchronized void notice(LiveEvent event) {
        emitter.emit(event);
    }

    void heartbeat() {
        emitter.emit(LiveEvent.heartbeat());
    }

    void end() {
        emitter.complete();
    }

    /** Tells the client why before ending: a client that knows its session is over does not reconnect. */
    synchronized void sessionEnded(SessionEndView why) {
        emitter.emit(LiveEvent.sessionEnded(why));
        emitter.complete();
    }

    void fail(Throwable failure) {
        emitter.fail(failure);
    }

    private void send(CommittedEntry committed) {
        List<LiveEvent> events = committed.importSummary() != null
                ? List.of(LiveEvent.imported(committed.importSummary()),
                        LiveEvent.balance(committed.entry(), committed.order()))
                : committed.appended()
                        ? List.of(LiveEvent.entry(committed.entry()), LiveEvent.balance(committed.entry()))
                        : List.of(LiveEvent.entryUpdated(committed.editId(), committed.entry()));
        for (LiveEvent event : events) {
            if (event.position() > sentUpTo) {
                emitter.emit(event);
                sentUpTo = event.position();
            }
        }
    }
}
