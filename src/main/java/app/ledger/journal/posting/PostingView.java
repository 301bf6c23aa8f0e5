package app.ledger.journal.posting;

import app.ledger.journal.EntryView;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The answer to a deposit or withdrawal: the new entry and the account's balance after it. */
@RegisterForReflection
public record PostingView(EntryView entry, String balance) {
}
