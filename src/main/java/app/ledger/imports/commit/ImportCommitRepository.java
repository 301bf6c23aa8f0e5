package app.ledger.imports.commit;

import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.persistence.read.Cells;
import app.ledger.persistence.read.DirectReads;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The imports and preview rows a commit or undo reads (on the direct read path: committed rows only), and the
 * status changes, made in the ledger writer's transaction as compare-and-set, so that of two commits (or
 * undos) of one import only one ever goes through.
 */
@ApplicationScoped
public class ImportCommitRepository {

    private static final String IMPORT = "SELECT id, user_id, account_id, status, total_rows, opening_balance_minor, "
            + "opening_balance_on FROM imports WHERE id = ?";
    private static final String ROWS = "SELECT row_no, status, occurred_on, amount_minor, currency, payee, "
            + "description, category, bank_reference FROM import_rows WHERE import_id = ? ORDER BY row_no";
    private static final String COMMITTED = "UPDATE imports SET status = 'committed', imported_rows = ?1, "
            + "committed_at = ?2 WHERE id = ?3 AND status = 'previewed'";
    private static final String UNDONE = "UPDATE imports SET status = 'undone', undone_at = ?1 "
            + "WHERE id = ?2 AND status = 'committed'";
    /** The preview rows go with it (ON DELETE CASCADE). */
    private static final String DELETE_PREVIEW = "DELETE FROM imports WHERE id = ?1 AND user_id = ?2 "
            + "AND status = 'previewed'";

    private final DirectReads reads;

    public ImportCommitRepository(DirectReads reads) {
        this.reads = reads;
    }

    /** The import, or null. */
    Uni<StoredImport> find(long importId) {
        return reads.first(IMPORT, List.of(importId), ImportCommitRepository::stored);
    }

    /** Every row of the preview, in file order. */
    Uni<List<PreviewRow>> rows(long importId) {
        return reads.list(ROWS, List.of(importId), ImportCommitRepository::row);
    }

    /** In the writer's transaction: previewed → committed; false when it was not a preview any more. */
    Uni<Boolean> markCommitted(long importId, int imported, Instant at) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(COMMITTED)
                .setParameter(1, imported).setParameter(2, InstantMicrosConverter.toMicros(at))
                .setParameter(3, importId).executeUpdate()).map(updated -> updated == 1);
    }

    /** In the writer's transaction: committed → undone; false when it was not committed any more. */
    Uni<Boolean> markUndone(long importId, Instant at) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(UNDONE)
                .setParameter(1, InstantMicrosConverter.toMicros(at))
                .setParameter(2, importId).executeUpdate()).map(updated -> updated == 1);
    }

    /** In the caller's transaction: deletes the preview with its rows; false when it is no preview (now). */
    Uni<Boolean> deletePreview(long importId, long userId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(DELETE_PREVIEW)
                .setParameter(1, importId).setParameter(2, userId).executeUpdate()).map(deleted -> deleted == 1);
    }

    private static StoredImport stored(Cells row) {
        Long openingOn = row.getNullableLong(6);
        return new StoredImport(row.getLong(0), row.getLong(1), row.getLong(2), row.getString(3),
                Math.toIntExact(row.getLong(4)), row.getNullableLong(5),
                openingOn == null ? null : LocalDate.ofEpochDay(openingOn));
    }

    private static PreviewRow row(Cells row) {
        Long day = row.getNullableLong(2);
        return new PreviewRow(Math.toIntExact(row.getLong(0)), row.getString(1),
                day == null ? null : LocalDate.ofEpochDay(day), row.getNullableLong(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getString(8));
    }
}
