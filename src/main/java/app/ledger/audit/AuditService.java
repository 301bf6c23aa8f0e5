package app.ledger.audit;

import app.ledger.persistence.ConstraintViolations;
import app.ledger.problem.InvalidInputException;
import app.ledger.support.Periodic;
import app.ledger.support.SealedCursor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Each user's security history: events appended to a per-user hash chain, read back newest first, verified
 * against the chain, and removed once older than the retention time.
 */
@ApplicationScoped
public class AuditService {

    static final int PAGE = 50;
    static final int VERIFY_CHUNK = 1000;
    /** Users whose old events one pruning pass handles; the next pass takes the rest. */
    static final int PRUNE_USERS = 1000;
    private static final int APPEND_ATTEMPTS = 10;
    private static final String CURSOR_PURPOSE = "ledger-audit";

    private final AuditEventRepository events;
    private final AuditChainRepository chains;
    private final Vertx vertx;

    public AuditService(AuditEventRepository events, AuditChainRepository chains, Vertx vertx) {
        this.events = events;
        this.chains = chains;
        this.vertx = vertx;
    }

    /** As {@link #record}, without making the caller wait: on a context of its own, after the caller goes on. */
    public void recordInBackground(long userId, AuditKind kind, AuditOrigin origin, String detail) {
        Periodic.once(vertx, () -> record(userId, kind, origin, detail)).subscribe().with(done -> { });
    }

    /**
     * Appends an event to the user's chain, in a transaction of its own, after what it records has happened.
     * The chain's head row is locked for the append (PostgreSQL; SQLite has one writer anyway), so appends of
     * one user queue up; should two still race for the same place (the user's very first event, or a head
     * moved under the lock), the database refuses one (one seq per place, one head) and it tries again on
     * the new head. Never fails: a security event that cannot be written is logged, and what it records
     * stands.
     */
    public Uni<Void> record(long userId, AuditKind kind, AuditOrigin origin, String detail) {
        AuditOrigin from = origin == null ? AuditOrigin.NONE : origin;
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> append(userId, kind, from, detail)))
                .onFailure(failure -> failure instanceof ChainMoved || ConstraintViolations.isUniqueViolation(failure))
                .retry().withBackOff(Duration.ofMillis(2), Duration.ofMillis(50)).atMost(APPEND_ATTEMPTS - 1)
                .onFailure().invoke(failure -> Log.warnf("Security event %s of user %d not recorded: %s",
                        kind.code(), userId, failure.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Void> append(long userId, AuditKind kind, AuditOrigin origin, String detail) {
        return chains.findById(userId, LockModeType.PESSIMISTIC_WRITE).flatMap(chain -> {
            AuditEvent event = new AuditEvent();
            event.userId = userId;
            event.kind = kind.code();
            event.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            event.address = bounded(origin.address(), AuditEvent.ADDRESS_MAX);
            event.userAgent = bounded(origin.userAgent(), AuditEvent.USER_AGENT_MAX);
            event.detail = bounded(detail, AuditEvent.DETAIL_MAX);
            if (chain == null) {
                event.seq = 1;
                event.prevHash = AuditHash.GENESIS;
                event.hash = AuditHash.of(event);
                AuditChain first = new AuditChain();
                first.userId = userId;
                first.headSeq = event.seq;
                first.headHash = event.hash;
                first.prunedSeq = 0;
                first.prunedHash = AuditHash.GENESIS;
                return chains.persist(first).flatMap(saved -> events.persist(event)).replaceWithVoid();
            }
            long previous = chain.headSeq;
            event.seq = previous + 1;
            event.prevHash = chain.headHash;
            event.hash = AuditHash.of(event);
            return events.persist(event)
                    .flatMap(saved -> chains.advance(userId, previous, event.seq, event.hash))
                    .flatMap(advanced -> advanced ? Uni.createFrom().voidItem()
                            : Uni.createFrom().failure(new ChainMoved()));
        });
    }

    /** The user's events, newest first, a page at a time. */
    public Uni<AuditPage> page(long userId, String cursor) {
        long before = cursor == null || cursor.isEmpty() ? Long.MAX_VALUE : decode(cursor);
        return Panache.withSession(() -> events.newestBefore(userId, before, PAGE + 1)).map(rows -> {
            boolean more = rows.size() > PAGE;
            List<AuditEvent> page = more ? rows.subList(0, PAGE) : rows;
            String next = more ? SealedCursor.seal(CURSOR_PURPOSE, Long.toString(page.get(PAGE - 1).seq)) : null;
            return new AuditPage(page.stream().map(AuditEventView::of).toList(), next);
        });
    }

    private static long decode(String cursor) {
        return SealedCursor.open(CURSOR_PURPOSE, cursor)
                .filter(plain -> plain.matches("[0-9]{1,18}"))
                .map(Long::parseLong)
                .orElseThrow(() -> new InvalidInputException("cursor", "This is not a cursor that Ledger gave "
                        + "out for the audit log. Pass the nextCursor of the page before."));
    }

    /** Recomputes the user's chain from the first kept event to the head, a chunk at a time. */
    public Uni<AuditVerificationView> verify(long userId) {
        return Panache.withSession(() -> chains.findById(userId)).flatMap(chain -> {
            AuditChainWalk walk = chain == null ? new AuditChainWalk(0, AuditHash.GENESIS)
                    : new AuditChainWalk(chain.prunedSeq, chain.prunedHash);
            return Multi.createBy().repeating()
                    .uni(() -> Panache.withSession(() -> events.after(userId, walk.seq(), VERIFY_CHUNK))
                            .map(chunk -> walk.check(chunk) || chunk.size() < VERIFY_CHUNK))
                    .whilst(done -> !done)
                    .collect().last()
                    .map(done -> walk.result(chain));
        });
    }

    /**
     * Removes the events that occurred before {@code cutoff}, from the start of each chain, keeping the place
     * and hash of the last one removed so that what remains still verifies. Answers how many users' chains
     * were shortened.
     */
    public Uni<Integer> removeOlderThan(Instant cutoff) {
        return Panache.withSession(() -> events.lastBefore(cutoff, PRUNE_USERS))
                .flatMap(rows -> Multi.createFrom().iterable(rows)
                        .onItem().transformToUniAndConcatenate(row -> Panache.withTransaction(
                                () -> prune((Long) row[0], (Long) row[1])))
                        .collect().asList()
                        .map(List::size));
    }

    private Uni<Void> prune(long userId, long upToSeq) {
        return events.at(userId, upToSeq).flatMap(last -> last == null ? Uni.createFrom().voidItem()
                : chains.pruned(userId, last.seq, last.hash)
                        .flatMap(updated -> events.deleteUpTo(userId, last.seq))
                        .replaceWithVoid());
    }

    private static String bounded(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder kept = new StringBuilder();
        text.strip().codePoints().limit(max)
                .forEach(c -> kept.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        String result = kept.toString();
        return result.length() <= max ? result : result.substring(0, max);
    }

    /** Another append moved the user's head between reading and advancing it. */
    private static final class ChainMoved extends RuntimeException {
        ChainMoved() {
            super("the audit chain moved", null, false, false);
        }
    }
}
