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

    /** Statement imports whose entries the command acts on, locked with the entries it names. */
    default List<Long> importIds() {
        return List.of();
    }

    /**
     * A command that writes many entries at once: the writer commits it in a transaction of its own, so that
     * the small writes queued with it neither wait for its fate nor share it.
     */
    default boolean bulk() {
        return false;
    }

    /**
     * A command that sets values or is guarded by its own state rather than by an Idempotency-Key: nothing to
     * remember an answer under, and no request to fingerprint.
     */
    sealed interface Unkeyed extends LedgerCommand permits Edit, Import, ImportUndo {

        @Override
        default String idempotencyKey() {
            return null;
        }

        @Override
        default String requestHash() {
            return "";
        }
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
    record Edit(long userId, long entryId, EntryEdit edit) implements Unkeyed {

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

    /**
     * Appends the rows of a statement import to one account as deposits and withdrawals, all or none, in date
     * order (then file order), the opening balance first when there is one. Carries no Idempotency-Key: the
     * import's status, moved from previewed to committed in the same transaction, makes a repeat fail.
     *
     * @param currency the currency of every amount, which must be the account's
     * @param opening the opening balance the statement states, or null: deposited first when
     *        {@code withOpening}, otherwise suggested by a refusal for want of money
     */
    record Import(long userId, long importId, long accountId, String currency, List<ImportLine> lines,
            ImportLine opening, boolean withOpening) implements Unkeyed {

        @Override
        public List<Long> accountIds() {
            return List.of(accountId);
        }

        @Override
        public List<Long> categoryIds() {
            return lines.stream().map(ImportLine::categoryId).filter(id -> id != null).distinct().toList();
        }

        @Override
        public boolean bulk() {
            return true;
        }

        /** The entries the command appends. */
        public int size() {
            return lines.size() + (withOpening ? 1 : 0);
        }
    }

    /**
     * Reverses every entry a committed statement import appended that is not reversed yet, all or none, on
     * the days of the entries it cancels.
     */
    record ImportUndo(long userId, long importId, long accountId) implements Unkeyed {

        @Override
        public List<Long> accountIds() {
            return List.of(accountId);
        }

        @Override
        public List<Long> importIds() {
            return List.of(importId);
        }

        @Override
        public boolean bulk() {
            return true;
        }
    }
}
