package app.ledger.journal.posting;

import java.util.List;

/** Body of a transfer: both accounts, the amount, and optionally the day, description, tags and notes. */
public record TransferRequest(Long fromAccountId, Long toAccountId, String amount, String occurredOn,
        String description, List<String> tags, String notes) {

    static TransferRequest empty() {
        return new TransferRequest(null, null, null, null, null, null, null);
    }
}
