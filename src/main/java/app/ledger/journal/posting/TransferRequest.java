package app.ledger.journal.posting;

import java.util.List;

/**
 * Body of a transfer: both accounts, the amount in the source account's currency, the amount that arrives
 * in the target account's currency ({@code toAmount}: required when the currencies differ, otherwise
 * absent or equal to {@code amount}), and optionally the day, description, tags and notes.
 */
public record TransferRequest(Long fromAccountId, Long toAccountId, String amount, String toAmount,
        String occurredOn, String description, List<String> tags, String notes) {

    static TransferRequest empty() {
        return new TransferRequest(null, null, null, null, null, null, null, null);
    }
}
