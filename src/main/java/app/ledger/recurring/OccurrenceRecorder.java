package app.ledger.recurring;

import app.ledger.journal.posting.AppliedWriteRecorder;
import app.ledger.journal.posting.CommittedEntry;
import app.ledger.support.InOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Records a posted occurrence in the transaction that appends its entry, so that the entry and its record
 * commit together or not at all. When the occurrence was recorded already (another instance got there
 * first, or it was recorded as failed) the insert finds it and the write is rolled back: an occurrence
 * never becomes a second entry, even after the 24 hours of its Idempotency-Key. A schedule deleted
 * meanwhile fails the insert (its foreign key) and rolls the write back too.
 */
@ApplicationScoped
public class OccurrenceRecorder implements AppliedWriteRecorder {

    private final OccurrenceRepository occurrences;

    public OccurrenceRecorder(OccurrenceRepository occurrences) {
        this.occurrences = occurrences;
    }

    @Override
    public Uni<Void> record(List<AppliedWrite> writes) {
        List<AppliedWrite> scheduled = writes.stream()
                .filter(write -> OccurrenceKey.parse(write.command().idempotencyKey()).isPresent()).toList();
        return scheduled.isEmpty() ? Uni.createFrom().voidItem() : InOrder.each(scheduled, this::recordOne);
    }

    private Uni<Void> recordOne(AppliedWrite write) {
        OccurrenceKey key = OccurrenceKey.parse(write.command().idempotencyKey()).orElseThrow();
        long entryId = write.entries().stream().filter(CommittedEntry::appended)
                .map(committed -> committed.entry().id()).findFirst().orElseThrow();
        return occurrences.insert(new Occurrence(key.scheduleId(), key.occursOn(), Occurrence.Status.POSTED,
                        entryId, null, Instant.now()))
                .invoke(inserted -> {
                    if (!inserted) {
                        throw new OccurrenceAlreadyHandledException(key);
                    }
                })
                .replaceWithVoid();
    }
}
