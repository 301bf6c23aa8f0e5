package app.ledger.imports.store;

import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.persistence.SessionStatement;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Writes imports and their preview rows. The rows go in as multi-row INSERT statements of
 * {@value SessionStatement#ROWS_PER_STATEMENT} rows, so that a preview of 10,000 rows is a few dozen statements.
 */
@ApplicationScoped
public class ImportStore {

    private static final String COLUMNS = "INSERT INTO import_rows (import_id, row_no, line, status, reason, "
            + "occurred_on, value_on, amount_minor, currency, payee, description, category, bank_reference, "
            + "duplicate_of_entry) VALUES ";
    private static final String STALE = "status = 'previewed' AND created_at < ?1";

    /** Stores the import and its rows in the caller's transaction; answers the import with its id. */
    public Uni<ImportRecord> insert(ImportRecord record, List<ImportRowData> rows) {
        return Panache.getSession()
                .flatMap(session -> session.persist(record).chain(session::flush))
                .chain(() -> SessionStatement.insertAll(COLUMNS, rows, row -> cells(record.id, row)))
                .replaceWith(record);
    }

    /** Deletes previews (never committed) created before {@code before}, with their rows; answers how many. */
    public Uni<Integer> deleteStalePreviews(Instant before) {
        long micros = InstantMicrosConverter.toMicros(before);
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("DELETE FROM import_rows WHERE import_id IN (SELECT id FROM imports WHERE "
                        + STALE + ")")
                .setParameter(1, micros).executeUpdate()
                .chain(() -> session.createNativeQuery("DELETE FROM imports WHERE " + STALE)
                        .setParameter(1, micros).executeUpdate())));
    }

    private static Object[] cells(long importId, ImportRowData row) {
        return new Object[] {importId, row.rowNo(), row.line(), row.status().code(), row.reason(),
                row.occurredOn() == null ? null : row.occurredOn().toEpochDay(),
                row.valueOn() == null ? null : row.valueOn().toEpochDay(), row.amountMinor(), row.currency(),
                row.payee(), row.description(), row.category(), row.bankReference(), row.duplicateOfEntry()};
    }
}
