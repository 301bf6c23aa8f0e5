package app.ledger.journal;

import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.persistence.read.Cells;
import java.time.LocalDate;

/** An entry read by position on the direct read path: the select list and the mapping kept side by side. */
public final class EntryRows {

    public static final String COLUMNS = "id, account_id, user_id, seq, type, amount_minor, balance_after_minor, "
            + "description, created_at, idempotency_key, transfer_id, counterpart_account_id, prev_hash, hash, "
            + "occurred_on, hash_version, v1_description, v1_category, category_id, payee, tags, notes, "
            + "reversal_of, reversed_by, counter_amount_minor, counter_currency";
    /** How many columns {@link #COLUMNS} selects: the first column a query adds after them has this index. */
    public static final int COUNT = COLUMNS.split(",").length;

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
        entry.createdAt = InstantMicrosConverter.fromMicros(row.getLong(8));
        entry.idempotencyKey = row.getString(9);
        entry.transferId = row.getString(10);
        entry.counterpartAccountId = row.getNullableLong(11);
        entry.prevHash = row.getString(12);
        entry.hash = row.getString(13);
        entry.occurredOn = LocalDate.ofEpochDay(row.getLong(14));
        entry.hashVersion = Math.toIntExact(row.getLong(15));
        entry.v1Description = row.getString(16);
        entry.v1Category = row.getString(17);
        entry.categoryId = row.getNullableLong(18);
        entry.payee = row.getString(19);
        entry.tags = row.getString(20);
        entry.notes = row.getString(21);
        entry.reversalOf = row.getNullableLong(22);
        entry.reversedBy = row.getNullableLong(23);
        entry.counterAmountMinor = row.getNullableLong(24);
        entry.counterCurrency = row.getString(25);
        return entry;
    }
}
