package app.ledger.journal.posting;

import app.ledger.journal.EntryType;
import java.util.List;

/** A validated write request waiting for the writer. Amount text is checked against the currency later. */
public sealed interface LedgerCommand {

    long userId();

    /** The client's Idempotency-Key, or null. */
    String idempotencyKey();

    /** Fingerprint of the request body, to tell a retry from a different request under the same key. */
    String requestHash();

    List<Long> accountIds();

    record Posting(long userId, long accountId, EntryType type, String amount, String description, String category,
            String idempotencyKey, String requestHash) implements LedgerCommand {

        @Override
        public List<Long> accountIds() {
            return List.of(accountId);
        }
    }

    record Transfer(long userId, long fromAccountId, long toAccountId, String amount, String description,
            String idempotencyKey, String requestHash) implements LedgerCommand {

        @Override
        public List<Long> accountIds() {
            return List.of(fromAccountId, toAccountId);
        }
    }
}
