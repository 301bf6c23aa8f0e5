package app.ledger.journal.posting;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The answer to an import's commit: the entries it appended and the account's balance after them. */
@RegisterForReflection
public record ImportCommittedView(long id, String status, int imported, String balance) {
}
