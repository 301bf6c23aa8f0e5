package app.ledger.journal;

import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.persistence.read.Cells;
import java.time.LocalDate;

/** An entry read by position on the direct read path: the select list and the mapping kept side by side. */
public final class EntryRows {

    /** What the hash chain covers and verify reads: everything but the editable metadata, which follows it. */
    public static final String CHAIN_COLUMNS = "id, account_id, user_id, seq, type, amount_minor, "
            + "balance_after_minor, created_at, idempotency_key, transfer_id, counterpart_account_id, prev_hash, "
            + "hash, occurred_on, hash_version, v1_description, v1_category, reversal_of, counter_amount_minor, "
            + "counter_currency";
    public static final String COLUMNS = CHAIN_COLUMNS
            + ", description, category_id, payee, tags, notes, reversed_by";
    /** How many columns {@link #COLUMNS} selects: the first column a query adds after them has this index. */
    public static final int COUNT = COLUMNS.split(",").length;
    private static final int METADATA = CHAIN_COLUMNS.split(",").length;

    private EntryRows() {
    }

    /** A detached entry: a value to read, never to persist. */
    public static Entry read(Cells row) {
        Entry entry = readChain(row);
        entry.description = row.getString(METADATA);
        entry.categoryId = row.getNullableLong(METADATA + 1);
        entry.payee = row.getString(METADATA + 2);
        entry.tags = row.getString(METADATA + 3);
        entry.notes = row.getString(METADATA + 4);
        entry.reversedBy = row.getNullableLong(METADATA + 5);
        return entry;
    }

    /** A detached entry with the columns of {@link #CHAIN_COLUMNS} only; its metadata stays empty. */
    public static Entry readChain(Cells row) {
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
        entry.createdAt = InstantMicrosConverter.fromMicros(row.getLong(7));
        entry.idempotencyKey = row.getString(8);
        entry.transferId = row.getString(9);
        entry.counterpartAccountId = row.getNullableLong(10);
        entry.prevHash = row.getString(11);
        entry.hash = row.getString(12);
        entry.occurredOn = LocalDate.ofEpochDay(row.getLong(13));
        entry.hashVersion = Math.toIntExact(row.getLong(14));
        entry.v1Description = row.getString(15);
        entry.v1Category = row.getString(16);
        entry.reversalOf = row.getNullableLong(17);
        entry.counterAmountMinor = row.getNullableLong(18);
        entry.counterCurrency = row.getString(19);
        return entry;
    }
}
