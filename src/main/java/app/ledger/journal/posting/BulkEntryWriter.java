package app.ledger.journal.posting;

import app.ledger.journal.Entry;
import app.ledger.journal.EntryChange;
import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.persistence.SessionStatement;
import app.ledger.support.InOrder;
import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * Writes the entries of a statement import or its undo, their change trail and the reversal marks on the
 * originals, as multi-row statements in the caller's transaction. A hundred thousand managed entities
 * cost the session seconds to flush, on the event loop; these statements cost it a few milliseconds each.
 * The batch has flushed its session just before they run.
 * The database's own follow-ups (the SQLite search index triggers, the PostgreSQL text index) see ordinary
 * inserts and updates.
 */
final class BulkEntryWriter {

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
        return SessionStatement.insertAll(ENTRIES, entries, BulkEntryWriter::cells);
    }

    /** Inserts the change trail. */
    static Uni<Void> insertChanges(List<EntryChange> changes) {
        return SessionStatement.insertAll(CHANGES, changes, change -> new Object[] {
                change.id.editId(), change.id.field(), change.entryId, change.userId, change.changedBy,
                InstantMicrosConverter.toMicros(change.changedAt), change.oldValue, change.newValue});
    }

    /** Writes each entry's {@code reversedBy} (set by the rules) to its row, one statement per chunk. */
    static Uni<Void> markReversed(List<Entry> originals) {
        return InOrder.each(SessionStatement.chunks(originals), chunk -> {
            SessionStatement update = new SessionStatement("UPDATE entries SET reversed_by = CASE id",
                    chunk.size() * 3);
            for (Entry original : chunk) {
                update.sql(" WHEN ").value(original.id).sql(" THEN CAST(").value(original.reversedBy)
                        .sql(" AS BIGINT)");
            }
            update.sql(" END WHERE id IN (");
            for (int i = 0; i < chunk.size(); i++) {
                update.sql(i == 0 ? "" : ", ").value(chunk.get(i).id);
            }
            return update.sql(")").execute();
        });
    }

    private static Object[] cells(Entry e) {
        return new Object[] {e.id, e.accountId, e.userId, e.seq, e.type.code(), e.amountMinor,
                e.balanceAfterMinor, e.occurredOn.toEpochDay(), e.hashVersion, e.description, e.v1Description,
                e.v1Category, e.categoryId, e.payee, e.tags, e.notes, e.searchText,
                InstantMicrosConverter.toMicros(e.createdAt), e.idempotencyKey, e.transferId,
                e.counterpartAccountId, e.counterAmountMinor, e.counterCurrency, e.dayRunningMinor, e.reversalOf,
                e.reversedBy, e.importId, e.bankReference, e.prevHash, e.hash};
    }
}
