package app.ledger.recurring;

import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.persistence.read.Cells;
import app.ledger.persistence.read.DirectReads;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * The occurrences table: rows are inserted, never changed, and at most one per schedule and date (the
 * primary key), whichever instance or transaction gets there first. Same SQL on SQLite and PostgreSQL.
 */
@ApplicationScoped
public class OccurrenceRepository {

    // no null parameters: Hibernate Reactive cannot bind a null of unknown type
    private static final String INSERT_POSTED = "INSERT INTO recurring_occurrences "
            + "(schedule_id, occurs_on, status, entry_id, reason, recorded_at) VALUES (?1, ?2, 'posted', ?3, NULL, ?4) "
            + "ON CONFLICT (schedule_id, occurs_on) DO NOTHING";
    private static final String INSERT_FAILED = "INSERT INTO recurring_occurrences "
            + "(schedule_id, occurs_on, status, entry_id, reason, recorded_at) VALUES (?1, ?2, 'failed', NULL, ?3, ?4) "
            + "ON CONFLICT (schedule_id, occurs_on) DO NOTHING";
    private static final String EXISTS = "SELECT 1 FROM recurring_occurrences WHERE schedule_id = ? AND occurs_on = ?";
    private static final String RECENT = "SELECT schedule_id, occurs_on, status, entry_id, reason, recorded_at "
            + "FROM recurring_occurrences WHERE schedule_id = ? ORDER BY occurs_on DESC LIMIT ?";

    private final DirectReads reads;

    public OccurrenceRepository(DirectReads reads) {
        this.reads = reads;
    }

    /** Inserts in the caller's transaction; answers false when the occurrence had been recorded already. */
    public Uni<Boolean> insert(Occurrence occurrence) {
        boolean posted = occurrence.status() == Occurrence.Status.POSTED;
        return Panache.getSession().flatMap(session -> session.createNativeQuery(posted ? INSERT_POSTED : INSERT_FAILED)
                .setParameter(1, occurrence.scheduleId())
                .setParameter(2, occurrence.occursOn().toEpochDay())
                .setParameter(3, posted ? occurrence.entryId() : occurrence.reason())
                .setParameter(4, InstantMicrosConverter.toMicros(occurrence.recordedAt()))
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    public Uni<Boolean> exists(long scheduleId, LocalDate occursOn) {
        return reads.first(EXISTS, List.of(scheduleId, occursOn.toEpochDay()), row -> Boolean.TRUE)
                .map(found -> found != null);
    }

    /** The schedule's latest occurrences, newest first. */
    public Uni<List<Occurrence>> recent(long scheduleId, int limit) {
        return reads.list(RECENT, List.of(scheduleId, limit), OccurrenceRepository::read);
    }

    private static Occurrence read(Cells row) {
        return new Occurrence(row.getLong(0), LocalDate.ofEpochDay(row.getLong(1)),
                Occurrence.Status.of(row.getString(2)), row.getNullableLong(3), row.getString(4),
                InstantMicrosConverter.fromMicros(row.getLong(5)));
    }
}
