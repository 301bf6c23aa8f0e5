package app.ledger.journal;

import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.persistence.read.Cells;

/** An entry read by position on the direct read path: the select list and the mapping kept side by side. */
public final class EntryRows {

    public static final String COLUMNS = "id, account_id, user_id, seq, type, amount_minor, balance_after_minor, "
            + "description, category, created_at, idempotency_key, transfer_id, counterpart_account_id, "
            + "prev_hash, hash";

    private EntryRows() {
    }

    /** A detached entry: a value to read, never to persist. */
    public static Entry read(Cells row) {
        Entry entry = new Entry();
        entry.id = row.getLong(0);
        entry.accountId = row.getLong(1);
        entry.userId = row.getLong(2);
        entry.seq = row.getLong(3);
        String type = row.getString(4);
        entry.type = EntryType.fromCode(type).orElseThrow(
                () -> new IllegalStateException("Unknown entry type in the database: " + type));
        entry.amountMinor = row.getLong(5);
        entry.balanceAfterMinor = row.getLong(6);
        entry.description = row.getString(7);
        entry.category = row.getString(8);
        entry.createdAt = InstantMicrosConverter.fromMicros(row.getLong(9));
        entry.idempotencyKey = row.getString(10);
        entry.transferId = row.getString(11);
        entry.counterpartAccountId = row.getNullableLong(12);
        entry.prevHash = row.getString(13);
        entry.hash = row.getString(14);
        return entry;
    }
}
