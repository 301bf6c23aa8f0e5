package app.ledger.journal.posting.idempotency;

import app.ledger.support.InOrder;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first answer to each write that carried an Idempotency-Key, kept for {@link #WINDOW} so that a retry
 * gets the same answer instead of writing twice.
 */
@ApplicationScoped
public class IdempotencyStore {

    public static final Duration WINDOW = Duration.ofHours(24);
    /** Only applied writes are remembered, and they were answered 201 Created. */
    private static final int CREATED = 201;

    private final IdempotencyRepository records;

    public IdempotencyStore(IdempotencyRepository records) {
        this.records = records;
    }

    /** The stored records of these keys (those that have one). */
    @WithTransaction
    public Uni<Map<IdempotencyRecord.Key, IdempotencyRecord>> find(Collection<IdempotencyRecord.Key> keys) {
        Map<IdempotencyRecord.Key, IdempotencyRecord> found = new HashMap<>();
        return InOrder.each(keys, key -> records.findById(key).invoke(record -> {
            if (record != null) {
                found.put(key, record);
            }
        })).replaceWith(found);
    }

    /**
     * The earlier answer to replay, when the key was used within the window; a different request under
     * the same key is refused.
     */
    public static Optional<String> replay(IdempotencyRecord previous, String requestHash, Instant now) {
        if (previous == null || !previous.createdAt.isAfter(now.minus(WINDOW))) {
            return Optional.empty();
        }
        if (!previous.requestHash.equals(requestHash)) {
            throw new IdempotencyKeyReusedException();
        }
        return Optional.of(previous.body);
    }

    /** An answer to remember under its key. */
    public record Answer(IdempotencyRecord.Key key, String requestHash, String body) {
    }

    /** Stores the answers, replacing records of the same keys whose window had ended. */
    @WithTransaction
    public Uni<Void> remember(List<Answer> answers, Map<IdempotencyRecord.Key, IdempotencyRecord> known,
            Instant now) {
        List<IdempotencyRecord> fresh = new ArrayList<>();
        for (Answer answer : answers) {
            IdempotencyRecord record = known.get(answer.key());
            if (record == null) {
                record = new IdempotencyRecord();
                record.id = answer.key();
                fresh.add(record);
            }
            record.requestHash = answer.requestHash();
            record.status = CREATED;
            record.body = answer.body();
            record.createdAt = now;
        }
        return InOrder.each(fresh, records::persist);
    }

    /** Deletes the records whose window has ended; answers how many. */
    @WithTransaction
    public Uni<Long> prune() {
        return records.deleteOlderThan(Instant.now().minus(WINDOW));
    }
}
