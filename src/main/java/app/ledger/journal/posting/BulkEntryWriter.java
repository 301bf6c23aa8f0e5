package app.ledger.journal.posting;

import app.ledger.journal.Entry;
import app.ledger.journal.EntryChange;
import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.support.InOrder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the entries of a statement import or its undo, their change trail and the reversal marks on the
 * originals, as multi-row native statements in the caller's transaction. A hundred thousand managed entities
 * cost the session seconds to flush, on the event loop; these statements cost it a few milliseconds each.
 * The database's own follow-ups (the SQLite search index triggers, the PostgreSQL text index) see ordinary
 * inserts and updates.
 */
final class BulkEntryWriter {

    /** 30 columns: 15,000 parameters at most, below SQLite's 32,766 (PostgreSQL takes 65,535). */
    static final int ROWS_PER_STATEMENT = 500;

    private static final String ENTRIES = "INSERT INTO entries (id, account_id, user_id, seq, type, amount_minor, "
            + "balance_after_minor, occurred_on, hash_version, description, v1_description, v1_category, "
            + "category_id, payee, tags, notes, search_text, created_at, idempotency_key, transfer_id, "
            + "counterpart_account_id, counter_amount_minor, counter_currency, day_running_minor, reversal_of, "
            + "reversed_by, import_id, bank_reference, prev_hash, hash) VALUES ";
    private static final String CHANGES = "INSERT INTO entry_changes (edit_id, field, entry_id, user_id, "
            + "changed_by, changed_at, old_value, new_value) VALUES ";

    private BulkEntryWriter() {
    }

    /** Inserts the new entries, in the order given. */
    static Uni<Void> insertEntries(List<Entry> entries) {
        return inChunks(entries, chunk -> statement(ENTRIES, chunk, BulkEntryWriter::cells));
    }

    /** Inserts the change trail. */
    static Uni<Void> insertChanges(List<EntryChange> changes) {
        return inChunks(changes, chunk -> statement(CHANGES, chunk, change -> new Object[] {
                change.id.editId(), change.id.field(), change.entryId, change.userId, change.changedBy,
                InstantMicrosConverter.toMicros(change.changedAt), change.oldValue, change.newValue}));
    }

    /** Writes each entry's {@code reversedBy} (set by the rules) to its row, one statement per chunk. */
    static Uni<Void> markReversed(List<Entry> originals) {
        return inChunks(originals, chunk -> {
            StringBuilder sql = new StringBuilder(40 + chunk.size() * 60)
                    .append("UPDATE entries SET reversed_by = CASE id");
            List<Object> values = new ArrayList<>(chunk.size() * 3);
            for (Entry original : chunk) {
                values.add(original.id);
                values.add(original.reversedBy);
                sql.append(" WHEN ?").append(values.size() - 1).append(" THEN CAST(?").append(values.size())
                        .append(" AS BIGINT)");
            }
            sql.append(" END WHERE id IN (");
            for (int i = 0; i < chunk.size(); i++) {
                values.add(chunk.get(i).id);
                sql.append(i == 0 ? "?" : ", ?").append(values.size());
            }
            return execute(sql.append(')').toString(), values);
        });
    }

    private static <T> Uni<Void> inChunks(List<T> rows, Function<List<T>, Uni<?>> write) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            chunks.add(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
        }
        // each statement is built when its turn comes, so the event loop is never held for more than one
        return InOrder.each(chunks, write);
    }

    private static Object[] cells(Entry e) {
        return new Object[] {e.id, e.accountId, e.userId, e.seq, e.type.code(), e.amountMinor,
                e.balanceAfterMinor, e.occurredOn.toEpochDay(), e.hashVersion, e.description, e.v1Description,
                e.v1Category, e.categoryId, e.payee, e.tags, e.notes, e.searchText,
                InstantMicrosConverter.toMicros(e.createdAt), e.idempotencyKey, e.transferId,
                e.counterpartAccountId, e.counterAmountMinor, e.counterCurrency, e.dayRunningMinor, e.reversalOf,
                e.reversedBy, e.importId, e.bankReference, e.prevHash, e.hash};
    }

    private static <T> Uni<Integer> statement(String insert, List<T> chunk, Function<T, Object[]> cellsOf) {
        // a null is written as NULL rather than bound: a bound null has no type the drivers agree on
        StringBuilder sql = new StringBuilder(insert.length() + chunk.size() * 120).append(insert);
        List<Object> values = new ArrayList<>(chunk.size() * 30);
        for (int i = 0; i < chunk.size(); i++) {
            Object[] cells = cellsOf.apply(chunk.get(i));
            sql.append(i == 0 ? "(" : ", (");
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
        return execute(sql.toString(), values);
    }

    private static Uni<Integer> execute(String sql, List<Object> values) {
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery(sql);
            for (int p = 0; p < values.size(); p++) {
                query.setParameter(p + 1, values.get(p));
            }
            return query.executeUpdate();
        });
    }
}
