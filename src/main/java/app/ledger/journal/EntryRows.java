package app.ledger.journal;

import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.persistence.read.Cells;
import app.ledger.persistence.read.Untracked;
import java.time.LocalDate;

/** An entry read by position on the direct read path: the select lists and the mappings kept side by side. */
public final class EntryRows {

    /** What the hash chain covers and verify reads: everything but the editable metadata. */
    public static final String CHAIN_COLUMNS = "id, account_id, user_id, seq, type, amount_minor, "
            + "balance_after_minor, created_at, idempotency_key, transfer_id, counterpart_account_id, prev_hash, "
            + "hash, occurred_on, hash_version, v1_description, v1_category, reversal_of, counter_amount_minor, "
            + "counter_currency";
    /**
     * What a reader is shown of an entry: the chain's own columns (hashes, the idempotency key, the wording of
     * old hash versions) are left out, as each text cell costs a native call and a copy, and a history page
     * reads a thousand cells.
     */
    public static final String COLUMNS = "id, account_id, user_id, seq, type, amount_minor, balance_after_minor, "
            + "created_at, transfer_id, counterpart_account_id, occurred_on, reversal_of, counter_amount_minor, "
            + "counter_currency, description, category_id, payee, tags, notes, reversed_by";
    /** How many columns {@link #COLUMNS} selects: the first column a query adds after them has this index. */
    public static final int COUNT = COLUMNS.split(",").length;

    private EntryRows() {
    }

    /** A detached entry as a reader sees it ({@link #COLUMNS}): a value to read, never to persist. */
    public static Entry read(Cells row) {
        Entry entry = readMoney(row);
        entry.transferId = row.getString(8);
        entry.counterpartAccountId = row.getNullableLong(9);
        entry.occurredOn = LocalDate.ofEpochDay(row.getLong(10));
        entry.reversalOf = row.getNullableLong(11);
        entry.counterAmountMinor = row.getNullableLong(12);
        entry.counterCurrency = row.getString(13);
        entry.description = row.getString(14);
        entry.categoryId = row.getNullableLong(15);
        entry.payee = row.getString(16);
        entry.tags = row.getString(17);
        entry.notes = row.getString(18);
        entry.reversedBy = row.getNullableLong(19);
        return entry;
    }

    /** A detached entry with the columns of {@link #CHAIN_COLUMNS} only; its metadata stays empty. */
    public static Entry readChain(Cells row) {
        Entry entry = readMoney(row);
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

    /** The first eight columns, the same in both lists. */
    private static Entry readMoney(Cells row) {
        Entry entry = Untracked.of(new Entry());
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
        return entry;
    }
}
