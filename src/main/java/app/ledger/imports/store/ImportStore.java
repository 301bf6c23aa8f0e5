package app.ledger.imports.store;

import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.support.InOrder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes imports and their preview rows. The rows go in as multi-row INSERT statements of
 * {@value #ROWS_PER_STATEMENT} rows, so that a preview of 10,000 rows is a few dozen statements.
 */
@ApplicationScoped
public class ImportStore {

    static final int ROWS_PER_STATEMENT = 500;
    private static final String COLUMNS = "INSERT INTO import_rows (import_id, row_no, line, status, reason, "
            + "occurred_on, value_on, amount_minor, currency, payee, description, category, bank_reference, "
            + "duplicate_of_entry) VALUES ";
    private static final String STALE = "status = 'previewed' AND created_at < ?1";

    /** Stores the import and its rows in the caller's transaction; answers the import with its id. */
    public Uni<ImportRecord> insert(ImportRecord record, List<ImportRowData> rows) {
        return Panache.getSession()
                .flatMap(session -> session.persist(record).chain(session::flush))
                .chain(() -> InOrder.each(chunks(rows), chunk -> insertRows(record.id, chunk)))
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

    private static List<List<ImportRowData>> chunks(List<ImportRowData> rows) {
        List<List<ImportRowData>> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            chunks.add(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
        }
        return chunks;
    }

    private static Uni<Integer> insertRows(long importId, List<ImportRowData> chunk) {
        // a null is written as NULL rather than bound: a bound null has no type the drivers agree on
        StringBuilder sql = new StringBuilder(COLUMNS.length() + chunk.size() * 80).append(COLUMNS);
        List<Object> values = new ArrayList<>(chunk.size() * 14);
        for (int i = 0; i < chunk.size(); i++) {
            ImportRowData row = chunk.get(i);
            sql.append(i == 0 ? "(" : ", (");
            Object[] cells = {importId, row.rowNo(), row.line(), row.status().code(), row.reason(),
                    row.occurredOn() == null ? null : row.occurredOn().toEpochDay(),
                    row.valueOn() == null ? null : row.valueOn().toEpochDay(), row.amountMinor(), row.currency(),
                    row.payee(), row.description(), row.category(), row.bankReference(), row.duplicateOfEntry()};
            for (int c = 0; c < cells.length; c++) {
                if (c > 0) {
                    sql.append(", ");
                }
                if (cells[c] == null) {
                    sql.append("NULL");
                } else {
                    values.add(cells[c]);
                    sql.append('?').append(values.size());
                }
            }
            sql.append(')');
        }
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery(sql.toString());
            for (int p = 0; p < values.size(); p++) {
                query.setParameter(p + 1, values.get(p));
            }
            return query.executeUpdate();
        });
    }
}
