package app.ledger.auth.session;

import app.ledger.config.LedgerConfig;
import app.ledger.persistence.DatabaseMigrator;
import app.ledger.support.Periodic;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Server-side sessions: a login stores one, its token names it, logout deletes it, and a request is served
 * only while its session is in the database. Live sessions are also kept in memory ({@link SessionRegistry}),
 * loaded at start, so that a request costs no query; a session this instance does not know (created by
 * another instance, or dropped from memory) is read from the database once.
 */
@ApplicationScoped
public class Sessions {

    /** Gone session ids remembered, so that tokens naming them are refused without a query. */
    static final int GONE_REMEMBERED = 10_000;
    /** Sessions whose last-seen time is written in one statement. */
    private static final int WRITE_CHUNK = 500;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionRepository repository;
    private final Event<SessionEnded> endedEvent;
    private final Vertx vertx;
    private final Duration lifetime;
    private final int memoryLimit;
    private final Duration lastSeenInterval;
    private final SessionRegistry registry;
    private final Counter found;
    private final Counter notFound;
    private final AtomicBoolean recording = new AtomicBoolean();

    public Sessions(SessionRepository repository, Event<SessionEnded> endedEvent, Vertx vertx, LedgerConfig config,
            MeterRegistry meters) {
        this.repository = repository;
        this.endedEvent = endedEvent;
        this.vertx = vertx;
        this.lifetime = config.auth().tokenLifetime();
        this.memoryLimit = config.auth().sessions().memoryLimit();
        this.lastSeenInterval = config.auth().sessions().lastSeenInterval();
        this.registry = new SessionRegistry(memoryLimit, GONE_REMEMBERED);
        Gauge.builder("ledger.sessions.in.memory", registry, SessionRegistry::size)
                .description("Live sessions known to this instance").register(meters);
        this.found = Counter.builder("ledger.sessions.lookups").tag("found", "true")
                .description("Sessions not in memory that were looked up in the database").register(meters);
        this.notFound = Counter.builder("ledger.sessions.lookups").tag("found", "false")
                .description("Sessions not in memory that were looked up in the database").register(meters);
    }

    void load(@Observes @Priority(DatabaseMigrator.STARTUP_PRIORITY + 1) StartupEvent event) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> repository.live(Instant.now(), memoryLimit)))
                .forEach(registry::remember);
    }

    void schedule(@Observes StartupEvent event) {
        Periodic.every(vertx, lastSeenInterval, "record when sessions were last seen", this::recordLastSeen);
    }

    /** Stores a new session for a user who just proved who they are. */
    public Uni<OpenedSession> open(long userId, String userAgent, String address) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UserSession session = new UserSession();
        session.id = newId();
        session.userId = userId;
        session.createdAt = now;
        session.lastSeenAt = now;
        // whole seconds: a token's expiry has no finer grain, and the two must agree
        session.expiresAt = now.truncatedTo(ChronoUnit.SECONDS).plus(lifetime);
        session.userAgent = bounded(userAgent, UserSession.USER_AGENT_MAX);
        session.address = bounded(address, UserSession.ADDRESS_MAX);
        return Panache.withTransaction(() -> repository.persist(session))
                .invoke(() -> registry.remember(LiveSession.of(session)))
                .map(saved -> new OpenedSession(session.id, session.expiresAt));
    }

    /**
     * Ends one of the user's sessions: every token naming it is refused from now on, on every instance.
     * Another user's session id ends nothing; the answer says whether a session of theirs ended.
     */
    public Uni<Boolean> end(long userId, String sessionId) {
        return Panache.withTransaction(() -> repository.delete("id = ?1 and userId = ?2", sessionId, userId))
                .map(deleted -> {
                    if (deleted > 0) {
                        ended(sessionId);
                    }
                    return deleted > 0;
                });
    }

    /** Ends every session of the user but {@code keep} (null: every one); answers the ids that ended. */
    public Uni<List<String>> endAllBut(long userId, String keep) {
        return Panache.withTransaction(() -> repository.idsOf(userId)
                .flatMap(ids -> {
                    List<String> others = ids.stream().filter(id -> !id.equals(keep)).toList();
                    return others.isEmpty() ? Uni.createFrom().item(others)
                            : repository.delete("userId = ?1 and id in ?2", userId, others).replaceWith(others);
                }))
                .invoke(ended -> ended.forEach(this::ended));
    }

    private void ended(String sessionId) {
        registry.forget(sessionId);
        endedEvent.fire(new SessionEnded(sessionId, true));
    }

    /**
     * The user's sessions that have not expired, newest first. The last-seen time is this instance's own
     * when it is more recent than the one written to the database (which lags by up to the interval).
     */
    public Uni<List<SessionView>> list(long userId, String currentSessionId) {
        Instant now = Instant.now();
        return Panache.withSession(() -> repository.ofUser(userId, now)).map(rows -> rows.stream()
                .map(row -> {
                    LiveSession live = registry.live(row.id);
                    Instant lastSeen = row.lastSeenAt;
                    if (live != null && live.seenAt() > lastSeen.toEpochMilli()) {
                        lastSeen = Instant.ofEpochMilli(live.seenAt());
                    }
                    return new SessionView(row.id, row.id.equals(currentSessionId), row.createdAt, lastSeen,
                            row.userAgent, row.address);
                })
                .toList());
    }

    /**
     * These sessions were deleted in a transaction that has committed (their user left): refuse them from
     * now on, end their event streams, and tell the other instances, as a logout does.
     */
    public void deletedWithTheirUser(Collection<String> sessionIds) {
        sessionIds.forEach(sessionId -> {
            registry.forget(sessionId);
            endedEvent.fire(new SessionEnded(sessionId, true));
        });
    }

    /** Another instance ended a session (and deleted it): refuse it here too, from now on. */
    public void endedElsewhere(String sessionId) {
        registry.forget(sessionId);
        endedEvent.fire(new SessionEnded(sessionId, false));
    }

    /**
     * Whether a request for {@code userId} may be served with this session: it exists in this database,
     * belongs to that user and has not expired. Costs a query only for a session this instance has not
     * seen yet, and only once.
     */
    public Uni<Boolean> admits(String sessionId, long userId) {
        Instant now = Instant.now();
        LiveSession known = registry.live(sessionId);
        if (known != null) {
            return Uni.createFrom().item(known.admits(userId, now));
        }
        if (registry.isGone(sessionId)) {
            return Uni.createFrom().item(false);
        }
        return Panache.withSession(() -> repository.findById(sessionId)).map(row -> {
            if (row == null || !now.isBefore(row.expiresAt)) {
                notFound.increment();
                registry.forget(sessionId);
                return false;
            }
            found.increment();
            LiveSession session = LiveSession.of(row);
            boolean admitted = session.admits(userId, now);
            registry.remember(session);
            return admitted;
        });
    }

    /**
     * Writes when sessions were last seen (to within the interval), deletes expired sessions, and ends
     * sessions that were used here but are gone from the database: deleted by an instance whose
     * notification did not arrive, or by hand.
     */
    Uni<Void> recordLastSeen() {
        if (!recording.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        registry.dropExpired(now);
        List<List<LiveSession>> chunks = chunks(registry.seenSinceRecorded());
        return Multi.createFrom().iterable(chunks)
                .onItem().transformToUniAndConcatenate(chunk -> recordSeen(chunk, now))
                .collect().last()
                .flatMap(ignored -> Panache.withTransaction(() -> repository.deleteExpired(now)))
                .replaceWithVoid()
                .eventually(() -> recording.set(false));
    }

    private Uni<Void> recordSeen(List<LiveSession> chunk, Instant now) {
        Set<String> ids = new HashSet<>();
        List<Long> seenAt = new ArrayList<>();
        chunk.forEach(session -> {
            ids.add(session.id);
            seenAt.add(session.seenAt());
        });
        return Panache.withTransaction(() -> repository.markSeen(ids, now)
                .flatMap(updated -> updated == ids.size()
                        ? Uni.createFrom().item(ids)
                        : repository.existing(ids).map(Set::copyOf)))
                .invoke(existing -> {
                    for (int i = 0; i < chunk.size(); i++) {
                        LiveSession session = chunk.get(i);
                        if (existing.contains(session.id)) {
                            session.recorded(seenAt.get(i));
                        } else {
                            endedElsewhere(session.id);
                        }
                    }
                })
                .replaceWithVoid();
    }

    private static List<List<LiveSession>> chunks(List<LiveSession> sessions) {
        List<List<LiveSession>> chunks = new ArrayList<>();
        for (int from = 0; from < sessions.size(); from += WRITE_CHUNK) {
            chunks.add(sessions.subList(from, Math.min(sessions.size(), from + WRITE_CHUNK)));
        }
        return chunks;
    }

    private static String newId() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** At most {@code max} characters, control characters replaced: the text is shown back to its user. */
    static String bounded(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder kept = new StringBuilder();
        text.strip().codePoints().limit(max)
                .forEach(c -> kept.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return kept.toString();
    }
}
