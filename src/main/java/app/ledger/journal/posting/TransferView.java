package app.ledger.journal.posting;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The answer to a transfer: both entries, each with its account's new balance. */
@RegisterForReflection
public record TransferView(String transferId, PostingView from, PostingView to) {
}
