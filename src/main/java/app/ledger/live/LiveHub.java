package app.ledger.live;

import app.ledger.auth.session.SessionEnded;
import app.ledger.journal.posting.CommitListener;
import app.ledger.journal.posting.CommittedEntry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is listening, by user. The ledger calls {@link #committed} after each commit; the hub hands each
 * entry to every open stream of the entry's owner, and to nobody else. Another transport (another
 * instance's notifications) only has to call {@link #committed} too.
 */
@ApplicationScoped
public class LiveHub implements CommitListener {

    private final Map<Long, Set<Subscription>> byUser = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    public LiveHub(MeterRegistry registry) {
        Gauge.builder("ledger.live.streams", this, LiveHub::openStreams).description("Open event streams")
                .register(registry);
    }

    /** Adds the stream unless its user already holds {@code max}; answers whether it was added. */
    boolean add(Subscription subscription, int max) {
        boolean[] added = {false};
        byUser.compute(subscription.userId, (id, set) -> {
            Set<Subscription> streams = set != null ? set : ConcurrentHashMap.newKeySet();
            if (streams.size() < max) {
                added[0] = streams.add(subscription);
            }
            return streams.isEmpty() ? null : streams;
        });
        if (stopping) {
            subscription.end();
        }
        return added[0];
    }

    int openStreams(long userId) {
        Set<Subscription> streams = byUser.get(userId);
        return streams == null ? 0 : streams.size();
    }

    void remove(Subscription subscription) {
        byUser.computeIfPresent(subscription.userId, (id, set) -> {
            set.remove(subscription);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public void committed(List<CommittedEntry> entries) {
        for (CommittedEntry committed : entries) {
            Set<Subscription> listening = byUser.get(committed.userId());
            if (listening != null) {
                listening.forEach(subscription -> subscription.committed(committed));
            }
        }
    }

    /** Hands a notice to every open stream of its user. */
    void notice(LiveNotice notice) {
        Set<Subscription> listening = byUser.get(notice.userId());
        if (listening != null) {
            LiveEvent event = LiveEvent.notice(notice);
            listening.forEach(subscription -> subscription.notice(event));
        }
    }

    /** The streams of an ended session (here or on another instance) end at once, saying why. */
    void onSessionEnded(@Observes SessionEnded ended) {
        byUser.values().forEach(set -> set.stream()
                .filter(subscription -> subscription.sessionId.equals(ended.sessionId()))
                .forEach(subscription -> subscription.sessionEnded(SessionEndView.LOGOUT)));
    }

    /**
     * Streams end cleanly as soon as the service starts to stop (an open stream would otherwise hold the
     * graceful shutdown until its timeout), so clients reconnect to another instance and resume.
     */
    void onShutdownStarting(@Observes ShutdownDelayInitiatedEvent event) {
        stopping = true;
        byUser.values().forEach(set -> set.forEach(Subscription::end));
    }

    void onShutdown(@Observes ShutdownEvent event) {
        onShutdownStarting(null);
    }

    public int openStreams() {
        return byUser.values().stream().mapToInt(Set::size).sum();
    }
}
