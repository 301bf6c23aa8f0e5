package app.ledger.journal.posting;

import app.ledger.journal.EntryType;
import java.time.LocalDate;
import java.util.List;

/** A validated write request waiting for the writer. Amount text is checked against the currency later. */
public sealed interface LedgerCommand {

    long userId();

    /** The client's Idempotency-Key, or null. */
    String idempotencyKey();

    /** Fingerprint of the request body, to tell a retry from a different request under the same key. */
    String requestHash();

    /** The accounts the command names; the accounts of the entries it names are added by the writer. */
    List<Long> accountIds();

    /** Entries the command acts on, locked (with the other leg of a transfer) before the accounts. */
    default List<Long> entryIds() {
        return List.of();
    }

    /** Categories the command chooses. */
    default List<Long> categoryIds() {
        return List.of();
    }

    record Posting(long userId, long accountId, EntryType type, String amount, EntryDetails details,
            String idempotencyKey, String requestHash) implements LedgerCommand {

        @Override
        public List<Long> accountIds() {
            return List.of(accountId);
        }

        @Override
        public List<Long> categoryIds() {
            return details.categoryIds();
        }
    }

    /** @param toAmount the amount in the target account's currency, or null (the same as amount) */
    record Transfer(long userId, long fromAccountId, long toAccountId, String amount, String toAmount,
            EntryDetails details, String idempotencyKey, String requestHash) implements LedgerCommand {

        @Override
        public List<Long> accountIds() {
            return List.of(fromAccountId, toAccountId);
        }
    }

    /**
     * Appends an entry that cancels {@code entryId} (both legs, for a transfer).
     *
     * @param occurredOn the reversal's day, or null for the day of the entry it cancels
     */
    record Reversal(long userId, long entryId, LocalDate occurredOn, String notes, String idempotencyKey,
            String requestHash) implements LedgerCommand {

        @Override
        public List<Long> accountIds() {
            return List.of();
        }

        @Override
        public List<Long> entryIds() {
            return List.of(entryId);
        }
    }

    /** Changes an entry's metadata; the money stays. Edits carry no Idempotency-Key: they set values. */
    record Edit(long userId, long entryId, EntryEdit edit) implements LedgerCommand {

        @Override
        public String idempotencyKey() {
            return null;
        }

        @Override
        public String requestHash() {
            return "";
        }

        @Override
        public List<Long> accountIds() {
            return List.of();
        }

        @Override
        public List<Long> entryIds() {
            return List.of(entryId);
        }

        @Override
        public List<Long> categoryIds() {
            return edit.categoryId() == null || edit.categoryId().value() == null ? List.of()
                    : List.of(edit.categoryId().value());
        }
    }
}
